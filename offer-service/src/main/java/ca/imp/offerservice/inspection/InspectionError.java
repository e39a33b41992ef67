package ca.imp.offerservice.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.imp.eventstore.decider.DomainError;

/** The rules an inspection command can break. */
public sealed interface InspectionError extends DomainError {

    /** Another employer's inspection answers as one that does not exist. */
    record InspectionNotFound(String inspectionId) implements InspectionError, DomainError.NotFound {
        public String rule() {
            return "inspection-not-found";
        }

        public String detail() {
            return "No inspection of this employer has the id " + inspectionId + ".";
        }
    }

    /**
     * An inspection covers offers of the employer inspected; an offer of another employer answers as one that does not
     * exist, so that offer numbers cannot be probed.
     */
    record NotTheEmployersOffers(String businessNumber, List<String> offerNumbers) implements InspectionError, DomainError.Unprocessable {
        public String rule() {
            return "inspection-covers-employers-offers";
        }

        public String detail() {
            return "An inspection of employer " + businessNumber + " covers only its own offers; no offer of it has the number "
                    + String.join(", ", offerNumbers) + ".";
        }

        @Override
        public String field() {
            return "offerNumbers";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("unknownOffers", offerNumbers);
        }
    }

    /** The steps of an inspection follow one another: no step is dated before the one it answers or follows. */
    record DateOutOfOrder(String field, LocalDate given, String earlierStep, LocalDate earlierOn)
            implements InspectionError, DomainError.Unprocessable {
        public String rule() {
            return "inspection-date-order";
        }

        public String detail() {
            return "'" + field + "' (" + given + ") cannot be before " + earlierStep + " (" + earlierOn + ").";
        }
    }

    /** The day something happened cannot be after today. */
    record DayInFuture(String field, LocalDate today) implements InspectionError, DomainError.Invalid {
        public String rule() {
            return "not-in-future";
        }

        public String detail() {
            return "'" + field + "' cannot be after today (" + today + ")";
        }
    }

    /** A step recorded once is not recorded again with other facts; the same facts again are no error. */
    record StepAlreadyRecorded(String inspectionId, String step, String field, LocalDate recordedOn)
            implements InspectionError, DomainError.Conflict {
        public String rule() {
            return "inspection-step-already-recorded";
        }

        public String detail() {
            return "The " + step + " of inspection " + inspectionId + " was already recorded, with other facts (" + field + " "
                    + recordedOn + "); it is recorded once.";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of(field, recordedOn.toString());
        }
    }

    /** A step that answers an earlier one needs it recorded first: a response needs the preliminary finding. */
    record StepMissing(String inspectionId, String step, String missing) implements InspectionError, DomainError.Conflict {
        public String rule() {
            return "inspection-step-missing";
        }

        public String detail() {
            return "The " + step + " of inspection " + inspectionId + " cannot be recorded before its " + missing + ".";
        }
    }

    /** An AMP is within the range per violation in force on the day the determination is sent; only an AMP has one. */
    record AmpAmountOutOfRange(String detail, Map<String, Object> facts) implements InspectionError, DomainError.Unprocessable {
        static AmpAmountOutOfRange of(BigDecimal amount, String currency, int violations, AmpRangeFacts range) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("minimumPerViolation", range.minimum());
            facts.put("maximumPerViolation", range.maximum());
            facts.put("currency", range.currency());
            facts.put("source", range.source());
            return new AmpAmountOutOfRange("An administrative monetary penalty for " + violations + " violation(s) is between "
                    + range.currency() + " " + range.minimum().multiply(BigDecimal.valueOf(violations)).toPlainString() + " and "
                    + range.currency() + " " + range.maximum().multiply(BigDecimal.valueOf(violations)).toPlainString()
                    + " (" + range.minimum().toPlainString() + " to " + range.maximum().toPlainString() + " per violation); "
                    + currency + " " + amount.toPlainString() + " is not.", facts);
        }

        public String rule() {
            return "amp-amount";
        }

        @Override
        public String field() {
            return "penalty.amount";
        }
    }

    /** What of a range a problem shows. */
    record AmpRangeFacts(BigDecimal minimum, BigDecimal maximum, String currency, String source) {
    }

    /** What an outcome needs or forbids: an AMP its amount, a ban its length, nothing else either. */
    record OutcomeMismatch(String field, String detail) implements InspectionError, DomainError.Unprocessable {
        public String rule() {
            return "determination-outcome";
        }
    }

    /** Only an AMP is paid. */
    record NoPenaltyOwed(String inspectionId) implements InspectionError, DomainError.Conflict {
        public String rule() {
            return "no-penalty-owed";
        }

        public String detail() {
            return "Inspection " + inspectionId + " has no administrative monetary penalty to pay: no determination with one was"
                    + " recorded.";
        }
    }

    record WrongPenaltyAmount(BigDecimal due, String currency, BigDecimal offered, String offeredCurrency)
            implements InspectionError, DomainError.Unprocessable {
        public String rule() {
            return "penalty-amount";
        }

        public String detail() {
            return "The penalty determined is " + currency + " " + due.toPlainString() + "; a payment of " + offeredCurrency + " "
                    + offered.toPlainString() + " cannot be recorded.";
        }

        @Override
        public String field() {
            return "amount";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("penalty", Map.of("amount", due, "currency", currency));
        }
    }
}
