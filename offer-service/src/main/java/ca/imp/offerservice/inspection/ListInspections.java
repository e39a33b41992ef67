package ca.imp.offerservice.inspection;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.paging.Page;

/** Lists an employer's inspections, newest notice first, a page at a time. */
@Singleton
public class ListInspections {
    private final Inspections inspections;

    ListInspections(Inspections inspections) {
        this.inspections = inspections;
    }

    public Uni<Page<Inspection>> list(Caller caller, String businessNumber, int page, int size) {
        return inspections.ofEmployer(caller, businessNumber, page, size);
    }
}
