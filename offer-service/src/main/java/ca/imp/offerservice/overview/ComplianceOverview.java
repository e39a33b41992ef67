package ca.imp.offerservice.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.inspection.InspectionOutcome;
import ca.imp.deadline.rules.ComputedDeadline;
import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.offerservice.compliance.Checklist;
import ca.imp.offerservice.inspection.Inspection;

/**
 * What an employer has to act on across its active workers' offers and its open inspections, most urgent first. Pure:
 * the offers with their checklists, the inspections, the permit expiry window, the deadline rules and today come in.
 */
public final class ComplianceOverview {

    /** Why an entry is on the overview. */
    public enum Reason {
        /** An obligation of the offer's checklist is due and not yet shown done. */
        OBLIGATION_DUE,
        /** An obligation of the offer's checklist was due before today and is not shown done. */
        OBLIGATION_OVERDUE,
        /** The worker's permit ends within the window of the expiry's first reminder. */
        PERMIT_EXPIRING,
        /** An active worker whose offer has nothing missing or overdue and whose permit does not end soon. */
        NOTHING_MISSING,
        /** An open inspection waits for the documents its notice asked for. */
        INSPECTION_DOCUMENTS_DUE,
        /** An open inspection waits for the response to its notice of preliminary finding. */
        PRELIMINARY_FINDING_RESPONSE_DUE,
        /** An open inspection waits for its final determination: nothing is due from the employer. */
        DETERMINATION_AWAITED,
        /** The penalty of an inspection's determination is not recorded paid. */
        AMP_PAYMENT_DUE
    }

    /**
     * One thing an entry is there for.
     *
     * @param obligation the checklist's obligation, for the obligation reasons
     * @param dueOn      the day it is due, or the permit's last day; absent when none is known
     */
    @Schema(name = "ComplianceOverviewReason", description = "One reason an entry is on the overview")
    public record Cause(
            @Schema(description = "Why.", example = "OBLIGATION_OVERDUE")
            Reason reason,
            @Schema(description = "The obligation of the offer's checklist, for OBLIGATION_DUE and OBLIGATION_OVERDUE.", example = "RIGHTS_INFORMATION")
            String obligation,
            @Schema(description = "The day it is due (for PERMIT_EXPIRING and NOTHING_MISSING, the permit's last day), if known.", example = "2026-09-01")
            LocalDate dueOn,
            @Schema(description = "Whether that day is past.", example = "true")
            boolean overdue,
            @Schema(description = "What is due or overdue, in words.", example = "Information about the worker's rights in Canada (R209.2(1)(a)): due on 2026-09-01, the first day of work; no evidence recorded.")
            String explanation) {
    }

    /**
     * An active worker's offer or an open inspection, with why it is on the overview.
     *
     * @param dueOn the day that places it: its oldest overdue day if any, else its next day
     */
    @Schema(name = "ComplianceOverviewEntry", description = "An active worker's offer or an open inspection, with why it needs attention")
    public record Entry(
            @Schema(description = "The active worker's approved offer; absent for an inspection.", example = "A8108406")
            String offerNumber,
            @Schema(description = "The offer's job title.", example = "Robotics engineer")
            String jobTitle,
            @Schema(description = "The last day of the worker's permit, when the approval gave it.", example = "2028-08-31")
            LocalDate permitExpiresOn,
            @Schema(description = "The open inspection; absent for an offer.", example = "6f1c2d7e-0a57-4b8f-9a51-3c2f1e6d9b10")
            String inspectionId,
            @Schema(description = "Whether anything of it is overdue.", example = "true")
            boolean overdue,
            @Schema(description = "The day that places it: its oldest overdue day, else its next day; absent when none is known.", example = "2026-06-16")
            LocalDate dueOn,
            @Schema(description = "Why it is on the overview, most urgent first.")
            List<Cause> reasons) {
    }

    /** An active worker's approved offer and where its obligations stand today, as its checklist shows them. */
    public record ActiveOffer(String offerNumber, String jobTitle, Optional<LocalDate> permitExpiresOn, Checklist checklist) {
    }

    /**
     * The order of urgency: overdue first, the oldest first; then by the next day, the nearest first; what has no day
     * last. Offers before inspections on the same day, then by number or id, so that a page is the same on every read.
     */
    public static final Comparator<Entry> URGENCY = Comparator.comparing((Entry entry) -> !entry.overdue())
            .thenComparing(Entry::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(entry -> entry.offerNumber() == null)
            .thenComparing(entry -> entry.offerNumber() != null ? entry.offerNumber() : entry.inspectionId());

    private static final Comparator<Cause> CAUSE_URGENCY = Comparator.comparing((Cause cause) -> !cause.overdue())
            .thenComparing(Cause::dueOn, Comparator.nullsLast(Comparator.naturalOrder()));

    private ComplianceOverview() {
    }

    /**
     * @param expiryWindowDays how many days before a permit's last day it is listed as expiring
     */
    public static List<Entry> of(List<ActiveOffer> offers, List<Inspection> inspections, int expiryWindowDays,
                                 DeadlineRules rules, LocalDate today) {
        List<Entry> entries = new ArrayList<>();
        offers.forEach(offer -> entries.add(entryOf(offer, expiryWindowDays, today)));
        inspections.stream().filter(ComplianceOverview::open).forEach(inspection -> entries.add(entryOf(inspection, rules, today)));
        return entries.stream().sorted(URGENCY).toList();
    }

    /** An inspection is open until its determination, and an AMP's until it is paid. */
    static boolean open(Inspection inspection) {
        return inspection.determination().map(determination -> determination.outcome() == InspectionOutcome.AMP
                && inspection.payment().isEmpty()).orElse(true);
    }

    private static Entry entryOf(ActiveOffer offer, int expiryWindowDays, LocalDate today) {
        List<Cause> causes = new ArrayList<>();
        for (Checklist.Item item : offer.checklist().items()) {
            if (item.status() == Checklist.Status.DUE || item.status() == Checklist.Status.OVERDUE) {
                causes.add(obligation(item));
            }
        }
        Optional<LocalDate> expiry = offer.permitExpiresOn();
        expiry.filter(last -> !last.isAfter(today.plusDays(expiryWindowDays))).ifPresent(last -> causes.add(new Cause(
                Reason.PERMIT_EXPIRING, null, last, false, "The work permit ends on " + last + ", within " + expiryWindowDays
                + " days: an extension needs a new offer, a new fee and an application before that day.")));
        if (causes.isEmpty()) {
            causes.add(new Cause(Reason.NOTHING_MISSING, null, expiry.orElse(null), false, expiry
                    .map(last -> "Nothing missing or overdue; the work permit ends on " + last + ".")
                    .orElse("Nothing missing or overdue; the permit's last day was not given with the approval.")));
        }
        return entry(offer.offerNumber(), offer.jobTitle(), expiry.orElse(null), null, causes);
    }

    private static Cause obligation(Checklist.Item item) {
        var obligation = item.obligation();
        boolean overdue = item.status() == Checklist.Status.OVERDUE;
        String when = item.dueOn().map(on -> (overdue ? "was due on " : "due on ") + on
                + (item.dueOnProvisional() ? " (the planned first day of work)" : "")).orElse("due, its day not yet known");
        return new Cause(overdue ? Reason.OBLIGATION_OVERDUE : Reason.OBLIGATION_DUE, obligation.id(), item.dueOn().orElse(null),
                overdue, obligation.label() + " (" + obligation.regulation() + "): " + when + "; no evidence recorded.");
    }

    private static Entry entryOf(Inspection inspection, DeadlineRules rules, LocalDate today) {
        Cause cause;
        var determination = inspection.determination();
        if (determination.isPresent()) {
            ComputedDeadline payment = rules.compute(DeadlineKind.AMP_PAYMENT_DUE, determination.get().sentDate());
            cause = counted(Reason.AMP_PAYMENT_DUE, payment, "The penalty of " + determination.get().ampAmount() + " "
                    + determination.get().currency() + " is not recorded paid. ", today);
        } else if (inspection.response().isPresent()) {
            cause = new Cause(Reason.DETERMINATION_AWAITED, null, null, false, "The response to the preliminary finding was"
                    + " recorded on " + inspection.response().get().responseDate() + "; the final determination is awaited.");
        } else if (inspection.findingSentOn().isPresent()) {
            ComputedDeadline response = rules.compute(DeadlineKind.PRELIMINARY_FINDING_RESPONSE_DUE, inspection.findingSentOn().get());
            cause = counted(Reason.PRELIMINARY_FINDING_RESPONSE_DUE, response, "No response to the preliminary finding is"
                    + " recorded. ", today);
        } else {
            LocalDate due = inspection.notice().documentsDueDate();
            cause = new Cause(Reason.INSPECTION_DOCUMENTS_DUE, null, due, today.isAfter(due), "The notice of inspection of "
                    + inspection.notice().noticeDate() + " asks for documents by " + due
                    + " (this product records no delivery of them; the preliminary finding, once recorded, follows).");
        }
        return entry(null, null, null, inspection.inspectionId(), List.of(cause));
    }

    private static Cause counted(Reason reason, ComputedDeadline deadline, String what, LocalDate today) {
        return new Cause(reason, null, deadline.dueDate(), today.isAfter(deadline.dueDate()), what + "Due on "
                + deadline.dueDate() + ": " + deadline.basis());
    }

    private static Entry entry(String offerNumber, String jobTitle, LocalDate permitExpiresOn, String inspectionId,
                               List<Cause> causes) {
        List<Cause> ordered = causes.stream().sorted(CAUSE_URGENCY).toList();
        Cause first = ordered.get(0);
        return new Entry(offerNumber, jobTitle, permitExpiresOn, inspectionId, first.overdue(), first.dueOn(), ordered);
    }
}
