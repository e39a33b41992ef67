package ca.imp.deadline.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of a deadline kind, as the policy defines it.
 *
 * @param provisionallyFrom what the count starts from until the decision gives {@code startsFrom}'s date, the
 *     deadline then flagged provisional (record retention, from the approval until the first day of employment is
 *     known); null when a kind waits for its own start
 * @param deemedReceivedAfterDays the notice {@code startsFrom} dates is deemed received this many days after it was
 *     sent, and the period runs from then (a notice of preliminary finding, R209.994(2)); null when the period runs
 *     from {@code startsFrom} itself
 * @param when null for a kind no decision starts (the GCMS response starts with a request)
 * @param rollsForward true for a time limit to act (a last day on a holiday moves to the next
 *     day that is not one); false for the end of a period, which stays where it falls
 * @param applySeasonalRecess whether days in the forum's seasonal recess are left out of the
 *     count; where that is unsettled law the count says so in a warning either way
 * @param effectiveFrom the version applies to counts starting on or after this day (null: always)
 * @param effectiveTo the version applies to counts starting on or before this day (null: always)
 * @param warnings cautions printed with every deadline of this version
 */
record DeadlineRule(
        DeadlineKind kind,
        String title,
        StartEvent startsFrom,
        StartEvent provisionallyFrom,
        Integer deemedReceivedAfterDays,
        Trigger when,
        List<PeriodLength> lengths,
        Forum forum,
        boolean rollsForward,
        boolean applySeasonalRecess,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String source,
        List<String> warnings) {

    DeadlineRule {
        if (kind == null) {
            throw new IllegalArgumentException("deadline kind is required");
        }
        String where = "deadline kind " + kind;
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException(where + " has no title");
        }
        if (startsFrom == null) {
            throw new IllegalArgumentException(where + " has no 'startsFrom'");
        }
        if (forum == null) {
            throw new IllegalArgumentException(where + " has no forum");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(where + " has no source");
        }
        if (lengths == null || lengths.isEmpty()) {
            throw new IllegalArgumentException(where + " has no length");
        }
        lengths = List.copyOf(lengths);
        long unplaced = lengths.stream().filter(l -> l.location() == null).count();
        long placed = lengths.size() - unplaced;
        if (unplaced > 1 || (unplaced == 1 && placed > 0)) {
            throw new IllegalArgumentException(
                    where + " must have either one length for every location or one length per location");
        }
        if (lengths.stream().map(PeriodLength::location).distinct().count() != lengths.size()) {
            throw new IllegalArgumentException(where + " has two lengths for the same location");
        }
        if (applySeasonalRecess && lengths.stream().anyMatch(l -> l.unit() == PeriodUnit.YEARS)) {
            throw new IllegalArgumentException(where + " cannot leave recess days out of a count in years");
        }
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(where + " ends before it starts");
        }
        if (provisionallyFrom != null && (provisionallyFrom == startsFrom || provisionallyFrom == StartEvent.ATIP_REQUEST_FILED
                || when == null)) {
            throw new IllegalArgumentException(where + " can be counted provisionally only from another date of the decision");
        }
        if (when != null && startsFrom == StartEvent.ATIP_REQUEST_FILED) {
            throw new IllegalArgumentException(where + " starts from an ATIP request, so no decision can trigger it");
        }
        if (startsFrom.givenByANotice() && (rollsForward || lengths.stream().anyMatch(l -> !l.endsOnItsStart()))) {
            throw new IllegalArgumentException(where + " is the date a notice gives: a period of 0 days that does not roll forward");
        }
        if (deemedReceivedAfterDays != null && (deemedReceivedAfterDays < 1 || provisionallyFrom != null)) {
            throw new IllegalArgumentException(where + " must deem its notice received at least 1 day after it was sent,"
                    + " and cannot then be counted provisionally");
        }
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    boolean inEffectOn(LocalDate start) {
        return (effectiveFrom == null || !start.isBefore(effectiveFrom))
                && (effectiveTo == null || !start.isAfter(effectiveTo));
    }

    boolean overlapsInTime(DeadlineRule other) {
        LocalDate thisFrom = effectiveFrom == null ? LocalDate.MIN : effectiveFrom;
        LocalDate thisTo = effectiveTo == null ? LocalDate.MAX : effectiveTo;
        LocalDate otherFrom = other.effectiveFrom == null ? LocalDate.MIN : other.effectiveFrom;
        LocalDate otherTo = other.effectiveTo == null ? LocalDate.MAX : other.effectiveTo;
        return !thisFrom.isAfter(otherTo) && !otherFrom.isAfter(thisTo);
    }

    /**
     * The length for where the applicant was. A location-dependent kind without a location is
     * refused rather than guessed, because a guess of 60 days for a 15-day limit loses the case.
     */
    PeriodLength lengthFor(ApplicantLocation location) {
        Optional<PeriodLength> anywhere = lengths.stream().filter(l -> l.location() == null).findFirst();
        if (anywhere.isPresent()) {
            return anywhere.get();
        }
        if (location == null) {
            throw new IllegalArgumentException(
                    kind + " depends on whether the applicant was inside or outside Canada; give the location");
        }
        return lengths.stream()
                .filter(l -> l.location() == location)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "deadline policy has no " + kind + " length for an applicant " + location.words()));
    }

    boolean dependsOnLocation() {
        return lengths.stream().anyMatch(l -> l.location() != null);
    }
}
