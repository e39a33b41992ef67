package ca.imp.offerservice.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ca.imp.contract.inspection.InspectionOutcome;
import ca.imp.offerservice.reference.AmpRanges;

/**
 * What can be recorded of an inspection. Everything the decider needs from the outside world (today, whose offers
 * the notice names, the penalty range in force) is in the command.
 */
public sealed interface InspectionCommand {

    String inspectionId();

    /** The day the command is given: no day it records can be after it. */
    LocalDate today();

    /** @param employersOffers which of the offers the notice names are offers of the employer inspected */
    record RecordNotice(String inspectionId, String businessNumber, List<String> offerNumbers, LocalDate noticeOn,
                        LocalDate documentsDueOn, Set<String> employersOffers, LocalDate today)
            implements InspectionCommand {
        public RecordNotice {
            offerNumbers = List.copyOf(offerNumbers);
            employersOffers = Set.copyOf(employersOffers);
        }
    }

    record RecordPreliminaryFinding(String inspectionId, LocalDate sentOn, LocalDate today) implements InspectionCommand {
    }

    /** @param reference the employer's reference of its response: a document reference, not the document */
    record RecordFindingResponse(String inspectionId, LocalDate respondedOn, String reference, LocalDate today)
            implements InspectionCommand {
    }

    /**
     * @param ampAmount  the penalty, for outcome AMP
     * @param violations how many violations the penalty is for (each worker and each element is one)
     * @param banYears   the ban's length, for outcome BAN
     * @param ampRange   the range per violation in force on {@code sentOn}, if any
     */
    record RecordDetermination(String inspectionId, InspectionOutcome outcome, BigDecimal ampAmount, String currency,
                               int violations, Integer banYears, LocalDate sentOn, Optional<AmpRanges.AmpRange> ampRange,
                               LocalDate today) implements InspectionCommand {
    }

    record RecordPenaltyPayment(String inspectionId, BigDecimal amount, String currency, LocalDate paidOn, LocalDate today)
            implements InspectionCommand {
    }
}
