package ca.imp.contract.range;

import java.time.LocalDate;

import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.inspection.DeterminationRendered;
import ca.imp.contract.inspection.InspectionEvent;
import ca.imp.contract.inspection.InspectionNoticed;
import ca.imp.contract.inspection.PenaltyPaid;
import ca.imp.contract.inspection.PreliminaryFindingAnswered;
import ca.imp.contract.inspection.PreliminaryFindingSent;
import ca.imp.contract.offer.ComplianceEvidenceRecorded;
import ca.imp.contract.offer.EmploymentChanged;
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

    /**
     * Evidence names an obligation and a document by reference (non-blank plain text of bounded length, never the
     * document), dated in the portal era and not in the future; its note is bounded plain text.
     */
    public static void check(ComplianceEvidenceRecorded evidence, LocalDate today) {
        if (evidence.obligation() == null || evidence.obligation().isBlank()) {
            throw new OutOfRange("obligation", "not-blank", "is required");
        }
        TextRange.check("obligation", evidence.obligation(), ComplianceEvidenceRecorded.OBLIGATION_LENGTH, false);
        if (evidence.reference() == null || evidence.reference().isBlank()) {
            throw new OutOfRange("reference", "not-blank", "is required");
        }
        TextRange.check("reference", evidence.reference(), ComplianceEvidenceRecorded.REFERENCE_LENGTH, false);
        TextRange.check("note", evidence.note(), ComplianceEvidenceRecorded.NOTE_LENGTH, true);
        if (evidence.documentOn() == null) {
            throw new OutOfRange("documentOn", "not-null", "is required");
        }
        DateRange.PORTAL_ERA.check("documentOn", evidence.documentOn(), today);
    }

    /** A change names its documents by plain, bounded references, at most a handful, and takes effect in the employment's window. */
    public static void check(EmploymentChanged change, LocalDate today) {
        DateRange.EMPLOYMENT.check("effectiveOn", change.effectiveOn(), today);
        if (change.documents().isEmpty() || change.documents().size() > EmploymentChanged.MAX_DOCUMENTS) {
            throw new OutOfRange("documents", "size", "must name 1 to " + EmploymentChanged.MAX_DOCUMENTS + " documents");
        }
        for (String document : change.documents()) {
            TextRange.check("documents", document, EmploymentChanged.DOCUMENT_LENGTH, false);
        }
        TextRange.check("duties", change.duties(), 4000, true);
    }

    /**
     * The days of an inspection as offer-service's REST edge takes them, each required: what happened (a notice, a
     * finding, a response, a determination, a payment) in the portal era and not in the future; the documents' due date
     * up to a year ahead.
     */
    public static void check(InspectionEvent event, LocalDate today) {
        if (event instanceof InspectionNoticed notice) {
            inspectionDay("noticeDate", notice.noticeDate(), DateRange.PORTAL_ERA, today);
            inspectionDay("documentsDueDate", notice.documentsDueDate(), DateRange.PREVIEW, today);
        } else if (event instanceof PreliminaryFindingSent finding) {
            inspectionDay("sentDate", finding.sentDate(), DateRange.PORTAL_ERA, today);
        } else if (event instanceof PreliminaryFindingAnswered answer) {
            inspectionDay("responseDate", answer.responseDate(), DateRange.PORTAL_ERA, today);
        } else if (event instanceof DeterminationRendered determination) {
            inspectionDay("sentDate", determination.sentDate(), DateRange.PORTAL_ERA, today);
        } else if (event instanceof PenaltyPaid payment) {
            inspectionDay("paidDate", payment.paidDate(), DateRange.PORTAL_ERA, today);
        }
    }

    private static void inspectionDay(String field, LocalDate day, DateRange range, LocalDate today) {
        if (day == null) {
            throw new OutOfRange(field, "not-null", "is required");
        }
        range.check(field, day, today);
    }
}
