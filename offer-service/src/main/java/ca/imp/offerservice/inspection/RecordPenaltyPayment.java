package ca.imp.offerservice.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventMetadata;

/** An employer records the payment of the administrative monetary penalty an inspection determined. */
@Singleton
public class RecordPenaltyPayment {
    private final Inspections inspections;
    private final Today today;

    RecordPenaltyPayment(Inspections inspections, Today today) {
        this.inspections = inspections;
        this.today = today;
    }

    /** @param paidOn the day of payment, or null for today */
    public Uni<Inspection> record(Caller caller, String businessNumber, String inspectionId, BigDecimal amount, String currency,
                                  LocalDate paidOn) {
        LocalDate day = today.date();
        var command = new InspectionCommand.RecordPenaltyPayment(inspectionId, amount, currency, paidOn == null ? day : paidOn, day);
        return inspections.get(caller, businessNumber, inspectionId)
                .chain(() -> inspections.handle(command, EventMetadata.byActor(caller.actor())));
    }
}
