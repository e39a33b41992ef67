package ca.imp.deadlineservice.deadline;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.deadlineservice.DeadlineEvents;
import ca.imp.eventstore.inbox.IncomingEvent;
import ca.imp.eventstore.inbox.UnreadableEvent;
import ca.imp.eventstore.store.CommandHandler;
import ca.imp.eventstore.store.CommandOutcome;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.StreamState;
import ca.imp.eventstore.store.Transaction;

/**
 * The deadline feature's entry point: the deadlines of one offer are one stream, named by the offer number; those of an
 * inspection of an employer are one stream too, named by the inspection's id (a UUID, never an offer number). An
 * inspection covers several offers and outlives them, so its deadlines belong to none of their streams, and the
 * inspection's events (keyed by its id on imp.offers) each decide on the one stream their inspection started.
 */
@Singleton
public class Deadlines {
    private final CommandHandler<DeadlineCommand, OfferDeadlines, DeadlineEvent> handler;

    private final DecisionDeadlines decisionDeadlines;

    Deadlines(EventStore store, DeadlineRules rules) {
        this.decisionDeadlines = new DecisionDeadlines(rules);
        this.handler = new CommandHandler<>(store, new DeadlineDecider(decisionDeadlines, rules),
                DeadlineEvents.CODEC);
    }

    /** The deadlines a decision would start, counted exactly as a rendered decision's are; nothing is scheduled. */
    public DecisionDeadlines decisionDeadlines() {
        return decisionDeadlines;
    }

    /** The stream of a deadline: its offer's number, or its inspection's id for an inspection's deadline. */
    public static String streamOf(String offerNumber, String inspectionId) {
        return offerNumber != null ? offerNumber : inspectionId;
    }

    /** The deadlines of an offer or an inspection as its stream has them now. */
    public Uni<OfferDeadlines> ofStream(String stream) {
        return handler.load(stream).map(StreamState::state);
    }

    public Uni<OfferDeadlines> handle(DeadlineCommand command, EventMetadata metadata) {
        return handler.handle(command.stream(), command, metadata).map(outcome -> outcome.orReject().state());
    }

    public Uni<CommandOutcome<OfferDeadlines, DeadlineEvent>> handle(Transaction tx, DeadlineCommand command,
                                                                    EventMetadata metadata) {
        return handler.handle(tx, command.stream(), command, metadata);
    }

    /**
     * A command an upstream event asks for, in the consumer's transaction; an event no deadline can be counted or closed
     * from is dead-lettered for an operator to see.
     */
    public Uni<Void> follow(Transaction tx, IncomingEvent event, DeadlineCommand command) {
        return handle(tx, command, event.causedBy(Caller.systemActor("deadline-service")))
                .chain(outcome -> outcome instanceof CommandOutcome.Rejected<?, ?> rejected
                        ? Uni.createFrom().failure(new UnreadableEvent(rejected.error().detail()))
                        : Uni.createFrom().voidItem());
    }
}
