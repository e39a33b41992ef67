package ca.imp.offerservice.inspection;

import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventMetadata;

/** An employer records the notice of preliminary finding of an inspection, by the day it was sent. */
@Singleton
public class RecordPreliminaryFinding {
    private final Inspections inspections;
    private final Today today;

    RecordPreliminaryFinding(Inspections inspections, Today today) {
        this.inspections = inspections;
        this.today = today;
    }

    public Uni<Inspection> record(Caller caller, String businessNumber, String inspectionId, LocalDate sentOn) {
        var command = new InspectionCommand.RecordPreliminaryFinding(inspectionId, sentOn, today.date());
        return inspections.get(caller, businessNumber, inspectionId)
                .chain(() -> inspections.handle(command, EventMetadata.byActor(caller.actor())));
    }
}
