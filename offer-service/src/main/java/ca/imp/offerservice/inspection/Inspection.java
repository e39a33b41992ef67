package ca.imp.offerservice.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import ca.imp.contract.inspection.DeterminationRendered;
import ca.imp.contract.inspection.InspectionNoticed;
import ca.imp.contract.inspection.PenaltyPaid;
import ca.imp.contract.inspection.PreliminaryFindingAnswered;

/**
 * An inspection of an employer, from its notice to the payment of its penalty.
 *
 * @param findingSentOn the day the notice of preliminary finding was sent, once it was
 * @param response      the employer's response to the preliminary finding, once recorded
 * @param determination the final determination, once rendered
 * @param payment       the payment of the penalty, once recorded
 */
public record Inspection(InspectionNoticed notice, Optional<LocalDate> findingSentOn, Optional<PreliminaryFindingAnswered> response,
                         Optional<DeterminationRendered> determination, Optional<PenaltyPaid> payment) implements InspectionState {

    static Inspection noticed(InspectionNoticed notice) {
        return new Inspection(notice, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public String inspectionId() {
        return notice.inspectionId();
    }

    public String businessNumber() {
        return notice.businessNumber();
    }

    public List<String> offerNumbers() {
        return notice.offerNumbers();
    }

    Inspection withFindingSentOn(LocalDate sentOn) {
        return new Inspection(notice, Optional.of(sentOn), response, determination, payment);
    }

    Inspection withResponse(PreliminaryFindingAnswered answered) {
        return new Inspection(notice, findingSentOn, Optional.of(answered), determination, payment);
    }

    Inspection withDetermination(DeterminationRendered rendered) {
        return new Inspection(notice, findingSentOn, response, Optional.of(rendered), payment);
    }

    Inspection withPayment(PenaltyPaid paid) {
        return new Inspection(notice, findingSentOn, response, determination, Optional.of(paid));
    }
}
