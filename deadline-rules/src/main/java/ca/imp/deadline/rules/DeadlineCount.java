package ca.imp.deadline.rules;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts one deadline and writes down how, so that a person can check the date by hand.
 *
 * <p>Interpretation Act s.27(2): the start day is not counted, the last day is. s.26: a time
 * limit whose last day is a holiday may be met on the next day that is not one. Weeks are 7 days.
 * Years land on the same month and day, the way s.28 counts months; where that day does not
 * exist (a February 29 start, in a common year) s.28 takes the last day of the month, so
 * February 28, and the basis says so.
 */
final class DeadlineCount {

    private DeadlineCount() {
    }

    /**
     * @param location where the applicant was, or where the matter arose when {@code recordedWhereTheMatterArose}
     * @param recordedWhereTheMatterArose the decision said where the matter arose, so the basis names that
     *     instead of the applicant's location
     * @param policyVersion the version of the policy the rule is part of, recorded with the count
     */
    static ComputedDeadline of(DeadlineRule rule, LocalDate start, ApplicantLocation location,
                               boolean recordedWhereTheMatterArose, HolidayCalendar calendar, String policyVersion) {
        return of(rule, rule.startsFrom(), start, location, recordedWhereTheMatterArose, calendar, policyVersion);
    }

    /** Counted from {@code startsFrom}, the rule's own start or its provisional stand-in, which the basis says. */
    static ComputedDeadline of(DeadlineRule rule, StartEvent startsFrom, LocalDate start, ApplicantLocation location,
                               boolean recordedWhereTheMatterArose, HolidayCalendar calendar, String policyVersion) {
        boolean provisional = startsFrom != rule.startsFrom();
        ForumRule forum = calendar.forumRule(rule.forum());
        PeriodLength length = rule.lengthFor(location);
        SeasonalRecess recess = forum.seasonalRecess();
        boolean leaveOutRecess = rule.applySeasonalRecess() && recess != null;

        StringBuilder basis = new StringBuilder().append(rule.title()).append(": ");
        if (length.endsOnItsStart()) {
            basis.append(startsFrom.noun()).append(", ").append(start);
        } else if (rule.deemedReceivedAfterDays() != null) {
            LocalDate sent = start;
            start = sent.plusDays(rule.deemedReceivedAfterDays());
            basis.append(length.unit().words(length.amount())).append(" after ").append(startsFrom.noun())
                    .append(" is deemed received, ").append(PeriodUnit.DAYS.words(rule.deemedReceivedAfterDays()))
                    .append(" after it was sent on ").append(sent).append(", so on ").append(start);
        } else {
            basis.append(length.unit().words(length.amount())).append(' ').append(startsFrom.phrase(start));
        }
        if (provisional) {
            basis.append(" (provisional: counted from it until ").append(rule.startsFrom().noun())
                    .append(" is known, then from that day)");
        }
        if (length.location() != null) {
            basis.append(recordedWhereTheMatterArose ? " (matter arose " : " (applicant ")
                    .append(length.location().words()).append(')');
        }
        LocalDate lastDay = lastDay(start, length, leaveOutRecess ? recess : null);
        if (!length.endsOnItsStart()) {
            basis.append("; ");
            describeLastDay(basis, start, length, lastDay, leaveOutRecess ? recess : null);
        }

        LocalDate due;
        String keptOnTheDay = rule.startsFrom().keptOnTheDay();
        if (length.endsOnItsStart() && !rule.rollsForward() && keptOnTheDay != null) {
            due = describeKeptOnTheDay(basis, lastDay, calendar, keptOnTheDay);
        } else {
            due = rule.rollsForward()
                    ? describeMoveOffHolidays(basis, lastDay, rule.forum(), forum, calendar)
                    : describeEndOfPeriod(basis, lastDay, calendar);
        }

        basis.append(". Source: ").append(withoutFinalPeriod(rule.source())).append('.');

        List<String> warnings = new ArrayList<>();
        if (length.warning() != null) {
            warnings.add(length.warning());
        }
        if (recess != null) {
            recessWarning(rule, start, length, due, forum, calendar, leaveOutRecess).ifPresent(warnings::add);
        }
        warnings.addAll(rule.warnings());
        return new ComputedDeadline(rule.kind(), start, due, basis.toString(), rule.source(), warnings, provisional,
                policyVersion, rule.effectiveFrom());
    }

    private static LocalDate lastDay(LocalDate start, PeriodLength length, SeasonalRecess leftOut) {
        if (length.unit() == PeriodUnit.YEARS) {
            // plusYears clamps February 29 to February 28: the last day of the month, as s.28 reads it.
            return start.plusYears(length.amount());
        }
        if (leftOut == null) {
            return start.plusDays(length.inDays());
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < length.inDays()) {
            day = day.plusDays(1);
            if (!leftOut.contains(day)) {
                counted++;
            }
        }
        return day;
    }

    private static void describeLastDay(
            StringBuilder basis, LocalDate start, PeriodLength length, LocalDate lastDay, SeasonalRecess leftOut) {
        if (length.unit() == PeriodUnit.YEARS) {
            basis.append("the same day ").append(length.unit().words(length.amount())).append(" later is ").append(lastDay);
            if (start.getMonth() == Month.FEBRUARY && start.getDayOfMonth() == 29 && lastDay.getDayOfMonth() != 29) {
                basis.append(" (").append(lastDay.getYear())
                        .append(" has no February 29, so the period ends on February 28)");
            }
            return;
        }
        int days = length.inDays();
        if (length.unit() == PeriodUnit.WEEKS) {
            basis.append(length.unit().words(length.amount())).append(" are ").append(days).append(" days, and ");
        }
        if (leftOut != null) {
            long inRecess = leftOut.daysWithin(start.plusDays(1), lastDay);
            if (inRecess > 0) {
                basis.append("leaving out the ").append(inRecess)
                        .append(inRecess == 1 ? " day" : " days")
                        .append(" of the seasonal recess (").append(leftOut.words()).append(") in the period, ");
            }
        }
        basis.append("day ").append(days).append(" is ").append(lastDay);
    }

    private static LocalDate describeMoveOffHolidays(
            StringBuilder basis, LocalDate lastDay, Forum forum, ForumRule forumRule, HolidayCalendar calendar) {
        List<LocalDate> holidays = new ArrayList<>();
        LocalDate due = lastDay;
        while (calendar.isHoliday(due, forum)) {
            holidays.add(due);
            due = due.plusDays(1);
        }
        if (holidays.isEmpty()) {
            basis.append(", a ").append(weekday(lastDay)).append(" that is not a holiday under ")
                    .append(forumRule.name()).append(", so the deadline is ").append(due);
            return due;
        }
        basis.append(", ").append(reason(lastDay, calendar)).append(", a holiday under ").append(forumRule.name());
        List<LocalDate> more = holidays.subList(1, holidays.size());
        if (!more.isEmpty()) {
            basis.append(more.size() == 1 ? ", as is " : ", as are ");
            for (int i = 0; i < more.size(); i++) {
                if (i > 0) {
                    basis.append(i == more.size() - 1 ? " and " : ", ");
                }
                LocalDate day = more.get(i);
                basis.append(day).append(" (").append(calendar.holidayName(day, forum).orElseThrow()).append(')');
            }
        }
        basis.append(", so the deadline moves to ").append(due);
        return due;
    }

    /** An end-of-period date is a fact about a period, not a time to act, so s.26 does not move it. */
    private static LocalDate describeEndOfPeriod(StringBuilder basis, LocalDate lastDay, HolidayCalendar calendar) {
        basis.append(", a ").append(weekday(lastDay));
        List<String> named = calendar.namedHolidaysOn(lastDay);
        if (!named.isEmpty()) {
            basis.append(" (").append(String.join(" and ", named)).append(')');
        }
        basis.append(". This date ends a period; it is not a time limit to act, so it is not moved off a weekend or holiday");
        return lastDay;
    }

    /**
     * A date a notice gives is the sender's choice, and the worker's first day is the day work starts: neither is a time
     * the Interpretation Act counts, so s.26 does not move it.
     */
    private static LocalDate describeKeptOnTheDay(StringBuilder basis, LocalDate day, HolidayCalendar calendar, String why) {
        basis.append(", a ").append(weekday(day));
        List<String> named = calendar.namedHolidaysOn(day);
        if (!named.isEmpty()) {
            basis.append(" (").append(String.join(" and ", named)).append(')');
        }
        basis.append(". ").append(why).append(", so it is not moved off a weekend or holiday");
        return day;
    }

    private static Optional<String> recessWarning(
            DeadlineRule rule, LocalDate start, PeriodLength length, LocalDate due,
            ForumRule forum, HolidayCalendar calendar, boolean leftOut) {
        SeasonalRecess recess = forum.seasonalRecess();
        String period = "the seasonal recess under " + forum.name() + " (" + recess.words() + ")";
        if (!leftOut) {
            if (!recess.overlaps(start, due)) {
                return Optional.empty();
            }
            return Optional.of("The period from " + start + " to " + due + " overlaps " + period
                    + ". This date counts the recess days; whether the recess (" + withoutFinalPeriod(recess.source())
                    + ") extends this time limit is unsettled. Do not rely on a later date; verify with counsel.");
        }
        LocalDate countingRecess = start.plusDays(length.inDays());
        while (calendar.isHoliday(countingRecess, rule.forum())) {
            countingRecess = countingRecess.plusDays(1);
        }
        if (countingRecess.equals(due)) {
            return Optional.empty();
        }
        return Optional.of("This date leaves out the days of " + period
                + " (" + withoutFinalPeriod(recess.source()) + "). Whether the recess extends this time limit is unsettled;"
                + " counting the recess days, the deadline would be " + countingRecess + ". Verify with counsel.");
    }

    private static String reason(LocalDate day, HolidayCalendar calendar) {
        List<String> named = calendar.namedHolidaysOn(day);
        return named.isEmpty() ? "a " + weekday(day) : String.join(" and ", named);
    }

    private static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String withoutFinalPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
