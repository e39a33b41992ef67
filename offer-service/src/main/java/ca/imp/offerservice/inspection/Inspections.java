package ca.imp.offerservice.inspection;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.contract.inspection.InspectionEvent;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.store.AlsoRecord;
import ca.imp.eventstore.store.CommandHandler;
import ca.imp.eventstore.store.CommandOutcome;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.Transactions;
import ca.imp.offerservice.employer.EmployerNotFound;

/**
 * The inspection feature's entry point: each inspection is one stream in the event store, named by an id drawn at
 * random (a UUID, which no offer number can be), and its events are published with the offers' by the kernel's relay.
 */
@Singleton
public class Inspections {
    private final CommandHandler<InspectionCommand, InspectionState, InspectionEvent> handler;
    private final Transactions transactions;
    private final InspectionSummaries summaries;

    Inspections(EventStore store, Transactions transactions, InspectionSummaries summaries) {
        this.handler = new CommandHandler<>(store, new InspectionDecider(), EventCodec.of(InspectionEvent.class), summaries);
        this.transactions = transactions;
        this.summaries = summaries;
    }

    /** A fresh id for an inspection to be recorded. */
    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Records a notice under a fresh id, with what else its transaction records (an idempotency key). */
    Uni<Inspection> start(InspectionCommand.RecordNotice notice, EventMetadata metadata, AlsoRecord alsoRecord) {
        return transactions.inTransaction(tx -> handler.start(tx, notice.inspectionId(), notice, metadata)
                        .call(outcome -> outcome instanceof CommandOutcome.Applied<InspectionState, InspectionEvent>
                                ? alsoRecord.in(tx, notice.inspectionId())
                                : Uni.createFrom().voidItem()))
                .map(outcome -> recorded(outcome.orReject().state()));
    }

    Uni<Inspection> handle(InspectionCommand command, EventMetadata metadata) {
        return handler.handle(command.inspectionId(), command, metadata).map(outcome -> recorded(outcome.orReject().state()));
    }

    private static Inspection recorded(InspectionState state) {
        if (state instanceof Inspection inspection) {
            return inspection;
        }
        throw new IllegalStateException("an applied inspection command left no inspection");
    }

    /**
     * The employer's inspection, if the caller may read the employer's records and the inspection is that employer's;
     * another employer's answers exactly as one that does not exist. An inspection's employer never changes, so a check
     * made before a command's transaction holds in it.
     */
    Uni<Inspection> get(Caller caller, String businessNumber, String inspectionId) {
        EmployerNotFound.unlessReadableBy(caller, businessNumber);
        return handler.load(inspectionId).map(found -> {
            if (!(found.state() instanceof Inspection inspection) || !inspection.businessNumber().equals(businessNumber)) {
                throw new DomainRejection(new InspectionError.InspectionNotFound(inspectionId));
            }
            return inspection;
        });
    }

    /** Every inspection of the employer, newest notice first: an employer has few, and each is one short stream. */
    public Uni<List<Inspection>> allOfEmployer(Caller caller, String businessNumber) {
        return ofEmployer(caller, businessNumber, 0, Integer.MAX_VALUE).map(Page::items);
    }

    /** A page of the employer's inspections, newest notice first. */
    Uni<Page<Inspection>> ofEmployer(Caller caller, String businessNumber, int page, int size) {
        EmployerNotFound.unlessReadableBy(caller, businessNumber);
        return summaries.ofEmployer(businessNumber, page, size).chain(ids -> ids.items().isEmpty()
                ? Uni.createFrom().item(new Page<Inspection>(List.of(), page, size, ids.total()))
                : Uni.join().all(ids.items().stream().map(id -> handler.load(id).map(found -> recorded(found.state()))).toList())
                        .andFailFast().map(inspections -> new Page<>(inspections, page, size, ids.total())));
    }
}
