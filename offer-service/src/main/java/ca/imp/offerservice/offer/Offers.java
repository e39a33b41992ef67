package ca.imp.offerservice.offer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.OfferEvent;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.eventstore.store.AlsoRecord;
import ca.imp.eventstore.store.CommandHandler;
import ca.imp.eventstore.store.CommandOutcome;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.store.StateView;
import ca.imp.eventstore.store.StreamVersionConflict;
import ca.imp.eventstore.store.Transaction;
import ca.imp.eventstore.store.Transactions;

/** The offer feature's entry point: each offer is one stream in the event store, named by its offer number. */
@Singleton
public class Offers {
    /** Draws before giving up; with 10^7 numbers, hitting this means the space is nearly exhausted. */
    private static final int DRAWS = 50;
    private static final Logger LOG = Logger.getLogger(Offers.class);

    private static final EventCodec<OfferEvent> EVENTS = EventCodec.of(OfferEvent.class);

    private final OfferDecider decider;
    private final CommandHandler<OfferCommand, OfferState, OfferEvent> handler;
    private final OfferNumbers numbers;
    private final Transactions transactions;
    private final EventStore store;

    /** @param summaries the employers' view of offers, written with every change to one */
    Offers(EventStore store, Transactions transactions, StateView<OfferState> summaries, OfferNumbers numbers,
           @ConfigProperty(name = "offer.refundable-outcomes") Set<DecisionOutcome> refundable) {
        this.decider = new OfferDecider(refundable);
        this.handler = new CommandHandler<>(store, decider, EVENTS, summaries);
        this.numbers = numbers;
        this.transactions = transactions;
        this.store = store;
    }

    /**
     * Submits under a freshly drawn number; a draw that collides with an issued number is drawn again.
     *
     * @param alsoRecord what else the submitting transaction records, given the drawn number (the personal data, an
     *                   idempotency key), so that none of it exists without the offer
     */
    public Uni<Offer> submit(Function<String, OfferCommand.SubmitOffer> submission, EventMetadata metadata,
                             AlsoRecord alsoRecord) {
        return submit(submission, metadata, alsoRecord, DRAWS);
    }

    /**
     * Submits the offer that follows an earlier one (resubmits or extends it), and records the link on the earlier
     * offer in the same transaction: of two racing, one wins and the other is refused.
     */
    Uni<Offer> follow(Succession succession, Function<String, OfferCommand.SubmitOffer> submission, EventMetadata metadata,
                      AlsoRecord alsoRecord) {
        return submit(submission, metadata, (tx, number) -> handler.handle(tx, succession.offerNumber(),
                succession.link(number), metadata).invoke(CommandOutcome::orReject)
                .chain(() -> alsoRecord.in(tx, number)), DRAWS);
    }

    private Uni<Offer> submit(Function<String, OfferCommand.SubmitOffer> submission, EventMetadata metadata,
                              AlsoRecord alsoRecord, int drawsLeft) {
        if (drawsLeft == 0) {
            LOG.errorf("no free offer number in %d random draws: the A + 7 digits space is nearly used up", DRAWS);
            return Uni.createFrom().failure(new DomainRejection(new OfferError.OfferNumbersExhausted()));
        }
        OfferCommand.SubmitOffer command = submission.apply(numbers.draw());
        // a drawn number is almost always free: the append itself refuses a taken one, so nothing is read first
        return transactions.inTransaction(tx -> handler.start(tx, command.offerNumber(), command, metadata)
                        .call(outcome -> outcome instanceof CommandOutcome.Applied<OfferState, OfferEvent>
                                ? alsoRecord.in(tx, command.offerNumber())
                                : Uni.createFrom().voidItem()))
                .onFailure(StreamVersionConflict.class).recoverWithItem(
                        new CommandOutcome.Rejected<>(new OfferError.OfferNumberTaken(command.offerNumber())))
                .chain(outcome -> outcome instanceof CommandOutcome.Rejected<OfferState, OfferEvent> r
                        && r.error() instanceof OfferError.OfferNumberTaken
                        ? submit(submission, metadata, alsoRecord, drawsLeft - 1)
                        : Uni.createFrom().item(submitted(outcome.orReject().state())));
    }

    /**
     * Submits offers together, all or none, in one transaction: each under a freshly drawn number. A draw that collides
     * with an issued number rolls the whole group back and draws every number again, and a rule one offer breaks
     * refuses them all.
     *
     * @param alongEach  what else the transaction records with each offer, given its number (its personal data)
     * @param alsoRecord what else the transaction records once every offer is in, given their numbers in order
     */
    public Uni<List<Offer>> submitTogether(List<Function<String, OfferCommand.SubmitOffer>> submissions, List<AlsoRecord> alongEach,
                                           EventMetadata metadata, BiFunction<Transaction, List<String>, Uni<Void>> alsoRecord) {
        return submitTogether(submissions, alongEach, metadata, alsoRecord, DRAWS);
    }

    private Uni<List<Offer>> submitTogether(List<Function<String, OfferCommand.SubmitOffer>> submissions, List<AlsoRecord> alongEach,
                                            EventMetadata metadata, BiFunction<Transaction, List<String>, Uni<Void>> alsoRecord,
                                            int drawsLeft) {
        if (drawsLeft == 0) {
            LOG.errorf("no free offer numbers for a group in %d random draws: the A + 7 digits space is nearly used up", DRAWS);
            return Uni.createFrom().failure(new DomainRejection(new OfferError.OfferNumbersExhausted()));
        }
        List<OfferCommand.SubmitOffer> commands = submissions.stream().map(submission -> submission.apply(numbers.draw())).toList();
        List<String> drawn = commands.stream().map(OfferCommand::offerNumber).toList();
        return transactions.inTransaction(tx -> {
                    Uni<List<Offer>> submitted = Uni.createFrom().item(List.of());
                    for (int i = 0; i < commands.size(); i++) {
                        var command = commands.get(i);
                        var along = alongEach.get(i);
                        submitted = submitted.chain(before -> handler.start(tx, command.offerNumber(), command, metadata)
                                .map(outcome -> submitted(outcome.orReject().state()))
                                .call(offer -> along.in(tx, offer.offerNumber()))
                                .map(offer -> append(before, offer)));
                    }
                    return submitted.call(offers -> alsoRecord.apply(tx, drawn));
                })
                .onFailure(StreamVersionConflict.class).recoverWithNull()
                .chain(offers -> offers == null
                        ? submitTogether(submissions, alongEach, metadata, alsoRecord, drawsLeft - 1)
                        : Uni.createFrom().item(offers));
    }

    private static List<Offer> append(List<Offer> offers, Offer offer) {
        var more = new ArrayList<>(offers);
        more.add(offer);
        return List.copyOf(more);
    }

    public Uni<Offer> handle(OfferCommand command, EventMetadata metadata) {
        return handler.handle(command.offerNumber(), command, metadata).map(outcome -> submitted(outcome.orReject().state()));
    }

    /** A command applied to an offer number leaves an offer: every command but a submission needs one to exist. */
    private static Offer submitted(OfferState state) {
        if (state instanceof Offer offer) {
            return offer;
        }
        throw new IllegalStateException("an applied offer command left no offer");
    }

    /** Handles the command inside a consumer's transaction; a broken rule is reported, not thrown. */
    public Uni<CommandOutcome<OfferState, OfferEvent>> handle(Transaction tx, OfferCommand command, EventMetadata metadata) {
        return handler.handle(tx, command.offerNumber(), command, metadata);
    }

    /** Every event of the offer, in order: its history. */
    public Uni<List<RecordedEvent>> history(String offerNumber) {
        return store.load(offerNumber);
    }

    /**
     * An offer with the event that submitted it and when that was recorded: what a chain of offers is read from.
     *
     * @param submission the offer's first event, which names the offer it follows, if any
     */
    public record Submitted(Offer offer, OfferSubmitted submission, Instant submittedAt) {
    }

    /** The offer as its events make it, with its submission, from one read of its stream; the offer must exist. */
    public Uni<Submitted> submitted(String offerNumber) {
        return store.load(offerNumber).map(events -> {
            if (events.isEmpty() || !(EVENTS.decode(events.get(0)) instanceof OfferSubmitted submission)) {
                throw new IllegalStateException("offer " + offerNumber + " is linked but has no submission");
            }
            OfferState state = decider.initialState();
            for (RecordedEvent event : events) {
                state = decider.evolve(state, EVENTS.decode(event));
            }
            return new Submitted(submitted(state), submission, events.get(0).recordedAt());
        });
    }

    /**
     * The offer, if it exists and belongs to an employer the caller may reach; otherwise the same
     * offer-not-found rejection for both, so that nobody learns that another employer's offer exists.
     * An offer's employer never changes, so a check made before a command's transaction holds in it.
     *
     * @param reachesEmployer whether the caller may reach the employer of that business number
     */
    public Uni<Offer> get(String offerNumber, Predicate<String> reachesEmployer) {
        return handler.load(offerNumber).map(found -> {
            if (!(found.state() instanceof Offer offer) || !reachesEmployer.test(offer.terms().employer().businessNumber())) {
                throw new DomainRejection(new OfferError.OfferNotFound(offerNumber));
            }
            return offer;
        });
    }
}
