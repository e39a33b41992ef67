package ca.imp.offerservice.inspection;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;

/** Reads one inspection of an employer. */
@Singleton
public class ReadInspection {
    private final Inspections inspections;

    ReadInspection(Inspections inspections) {
        this.inspections = inspections;
    }

    public Uni<Inspection> read(Caller caller, String businessNumber, String inspectionId) {
        return inspections.get(caller, businessNumber, inspectionId);
    }
}
