package ca.imp.contract.range;

import java.time.LocalDate;

import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.offer.EmploymentStarted;
import ca.imp.contract.offer.FeeExemptionClaimed;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.contract.offer.OfferTerms;

/**
 * The ranges a consumer checks on an incoming event before applying it: the same ranges the
 * producing service's REST edge enforces, so an event that fails here was never valid. Each check
 * throws {@link OutOfRange}; the event is then not applied.
 */
public final class EventRanges {
    private EventRanges() {
    }

    /**
     * A decision is made and communicated in the portal era, and communicated no earlier than made; the permit it
     * approves, when it says, ends within its span from the decision.
     */
    public static void check(DecisionRendered decision, LocalDate today) {
        DateRange.PORTAL_ERA.check("decisionDate", decision.decisionDate(), today);
        DateRange.PORTAL_ERA.check("communicatedDate", decision.communicatedDate(), today);
        if (decision.communicatedDate().isBefore(decision.decisionDate())) {
            throw new OutOfRange("communicatedDate", "not-before-decision",
                    "must not be before the decision date (" + decision.decisionDate() + ")");
        }
        SpanRange.PERMIT_VALIDITY.check("permitValidUntil", decision.permitValidUntil(), decision.decisionDate());
    }

    /** The first day of employment is a fact of the IMP's business: in the portal era, not in the future. */
    public static void check(EmploymentStarted started, LocalDate today) {
        DateRange.PORTAL_ERA.check("startedOn", started.startedOn(), today);
    }

    public static void check(ApplicationRegistered application, LocalDate today) {
        DateRange.PORTAL_ERA.check("submittedOn", application.submittedOn(), today);
    }

    /**
     * What the consumers keep of an offer: its fee and the employer's name. Its employment dates are
     * not checked here: their window moves with today, and an old offer read again must still apply.
     */
    public static void check(OfferSubmitted submitted) {
        MoneyRange.FEE.check("feeDue", submitted.feeDue());
        TextRange.check("terms.employer.legalName", submitted.terms().employer().legalName(), OfferTerms.NAME_LENGTH, false);
    }

    /** A claim names a program and a proof reference: non-blank plain text of bounded length. */
    public static void check(FeeExemptionClaimed claimed) {
        if (claimed.program() == null || claimed.program().isBlank()) {
            throw new OutOfRange("program", "not-blank", "is required");
        }
        if (claimed.proofReference() == null || claimed.proofReference().isBlank()) {
            throw new OutOfRange("proofReference", "not-blank", "is required");
        }
        TextRange.check("proofReference", claimed.proofReference(), FeeExemptionClaimed.PROOF_REFERENCE_LENGTH, false);
    }
}
