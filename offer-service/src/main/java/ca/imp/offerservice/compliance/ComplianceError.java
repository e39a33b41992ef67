package ca.imp.offerservice.compliance;

import java.time.LocalDate;
import java.util.Map;

import ca.imp.eventstore.decider.DomainError;

/** The rules recording compliance evidence can break. */
public sealed interface ComplianceError extends DomainError {

    /** The obligation must be one of the reference data's (GET /offers/{n}/compliance lists them). */
    record UnknownObligation(String obligation) implements ComplianceError, DomainError.Invalid {
        public String rule() {
            return "unknown-obligation";
        }

        public String detail() {
            return "'" + obligation + "' is not an employer compliance obligation; GET /offers/{offerNumber}/compliance lists them";
        }

        @Override
        public String field() {
            return "obligation";
        }
    }

    /** An offer that ended without a permit binds its employer to nothing. */
    record OfferEndedUnapproved(String offerNumber) implements ComplianceError, DomainError.Conflict {
        public String rule() {
            return "no-obligations-without-approval";
        }

        public String detail() {
            return "Offer " + offerNumber + " ended without a work permit approved with it (a refusal or a withdrawal), so its"
                    + " employer has no compliance obligations under it and no evidence is recorded.";
        }
    }

    /** Each obligation is shown by one piece of evidence; a later document is a change to the employment, recorded as such. */
    record EvidenceAlreadyRecorded(String offerNumber, String obligation, String reference, LocalDate documentOn)
            implements ComplianceError, DomainError.Conflict {
        public String rule() {
            return "compliance-evidence-already-recorded";
        }

        public String detail() {
            return "Evidence of " + obligation + " on offer " + offerNumber + " was already recorded: '" + reference + "' of "
                    + documentOn + ".";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("obligation", obligation, "reference", reference, "documentOn", documentOn.toString());
        }
    }

    /** Evidence of an obligation that does not bind this offer's employer (e.g. a registration its province does not require). */
    record ObligationNotApplicable(String obligation, String because) implements ComplianceError, DomainError.Unprocessable {
        public String rule() {
            return "obligation-not-applicable";
        }

        public String detail() {
            return "The obligation " + obligation + " does not apply to this offer: " + because + ".";
        }

        @Override
        public String field() {
            return "obligation";
        }
    }

    /** Changes to the employment are held against an approved offer; before the approval, a new offer is the way. */
    record ChangeNeedsApproval(String offerNumber) implements ComplianceError, DomainError.Conflict {
        public String rule() {
            return "employment-change-needs-approval";
        }

        public String detail() {
            return "Offer " + offerNumber + " has no approved work permit, so there is no employment to change under it; before"
                    + " a decision, withdraw it and submit a new offer with the new terms.";
        }
    }

    /** No change takes effect before the permit it changes the employment under. */
    record ChangeBeforeApproval(LocalDate effectiveOn, LocalDate approvedOn) implements ComplianceError, DomainError.Unprocessable {
        public String rule() {
            return "change-before-approval";
        }

        @Override
        public String field() {
            return "effectiveOn";
        }

        public String detail() {
            return "'effectiveOn' (" + effectiveOn + ") cannot be before the approval of the work permit (" + approvedOn + ").";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("approvedOn", approvedOn.toString());
        }
    }

    /** A change must change something. */
    record NothingChanged() implements ComplianceError, DomainError.Unprocessable {
        public String rule() {
            return "employment-change-empty";
        }

        public String detail() {
            return "The change names nothing that changes: give the new wage, hours, duties, location or occupation, or the"
                    + " promotion.";
        }
    }

    /**
     * A promotion, another occupation, a lower wage or conditions not substantially the same need a new offer and a new
     * work permit before they take effect (IRPR 209.2; domain.md "After the approval"); the rule and the field name
     * which.
     */
    record NewOfferAndPermitNeeded(String rule, String field, String why, LocalDate effectiveOn)
            implements ComplianceError, DomainError.Unprocessable {
        public String detail() {
            return why + ": a new offer of employment and a new work permit are needed before the change takes effect on "
                    + effectiveOn + ". Nothing was recorded.";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("effectiveOn", effectiveOn.toString(), "newOffer", "/offers");
        }
    }
}
