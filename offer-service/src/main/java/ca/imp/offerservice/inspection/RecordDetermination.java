package ca.imp.offerservice.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.contract.inspection.InspectionOutcome;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.offerservice.reference.AmpRanges;

/** An employer records the final determination of an inspection: its outcome, any penalty or ban, and when it was sent. */
@Singleton
public class RecordDetermination {
    private final Inspections inspections;
    private final AmpRanges ampRanges;
    private final Today today;

    RecordDetermination(Inspections inspections, AmpRanges ampRanges, Today today) {
        this.inspections = inspections;
        this.ampRanges = ampRanges;
        this.today = today;
    }

    /**
     * @param ampAmount  the penalty, for outcome AMP; null otherwise
     * @param violations how many violations the penalty is for, or null for one
     * @param banYears   the ban's length, for outcome BAN; null otherwise
     */
    public Uni<Inspection> record(Caller caller, String businessNumber, String inspectionId, InspectionOutcome outcome,
                                  BigDecimal ampAmount, String currency, Integer violations, Integer banYears, LocalDate sentOn) {
        var command = new InspectionCommand.RecordDetermination(inspectionId, outcome, ampAmount, currency,
                violations == null ? 1 : violations, banYears, sentOn, ampRanges.inForceOn(sentOn), today.date());
        return inspections.get(caller, businessNumber, inspectionId)
                .chain(() -> inspections.handle(command, EventMetadata.byActor(caller.actor())));
    }
}
