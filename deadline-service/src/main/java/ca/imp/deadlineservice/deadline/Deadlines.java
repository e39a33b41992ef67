package ca.imp.deadlineservice.deadline;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.eventstore.store.CommandHandler;
import ca.imp.eventstore.store.CommandOutcome;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.StreamState;
import ca.imp.eventstore.store.Transaction;

/** The deadline feature's entry point: the deadlines of one offer are one stream, named by the offer number. */
@Singleton
public class Deadlines {
    private final CommandHandler<DeadlineCommand, OfferDeadlines, DeadlineEvent> handler;

    private final DecisionDeadlines decisionDeadlines;

    Deadlines(EventStore store, DeadlineRules rules) {
        this.decisionDeadlines = new DecisionDeadlines(rules);
        this.handler = new CommandHandler<>(store, new DeadlineDecider(decisionDeadlines, rules),
                EventCodec.of(DeadlineEvent.class));
    }

    /** The deadlines a decision would start, counted exactly as a rendered decision's are; nothing is scheduled. */
    public DecisionDeadlines decisionDeadlines() {
        return decisionDeadlines;
    }

    /** The offer's deadlines as its stream has them now. */
    public Uni<OfferDeadlines> ofOffer(String offerNumber) {
        return handler.load(offerNumber).map(StreamState::state);
    }

    public Uni<OfferDeadlines> handle(DeadlineCommand command, EventMetadata metadata) {
        return handler.handle(command.offerNumber(), command, metadata).map(outcome -> outcome.orReject().state());
    }

    public Uni<CommandOutcome<OfferDeadlines, DeadlineEvent>> handle(Transaction tx, DeadlineCommand command,
                                                                    EventMetadata metadata) {
        return handler.handle(tx, command.offerNumber(), command, metadata);
    }
}
