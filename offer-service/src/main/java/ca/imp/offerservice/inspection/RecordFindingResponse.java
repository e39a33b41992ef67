package ca.imp.offerservice.inspection;

import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventMetadata;

/** An employer records its response to the preliminary finding: when, and its reference of the response. */
@Singleton
public class RecordFindingResponse {
    private final Inspections inspections;
    private final Today today;

    RecordFindingResponse(Inspections inspections, Today today) {
        this.inspections = inspections;
        this.today = today;
    }

    /** @param respondedOn the day of the response, or null for today */
    public Uni<Inspection> record(Caller caller, String businessNumber, String inspectionId, LocalDate respondedOn, String reference) {
        LocalDate day = today.date();
        var command = new InspectionCommand.RecordFindingResponse(inspectionId, respondedOn == null ? day : respondedOn, reference, day);
        return inspections.get(caller, businessNumber, inspectionId)
                .chain(() -> inspections.handle(command, EventMetadata.byActor(caller.actor())));
    }
}
