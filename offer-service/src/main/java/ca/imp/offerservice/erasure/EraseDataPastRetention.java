package ca.imp.offerservice.erasure;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.Transaction;
import ca.imp.eventstore.store.Transactions;
import ca.imp.offerservice.offer.Offers;
import ca.imp.offerservice.privacy.PersonalDataVault;

/**
 * Erases the worker's personal data on every offer whose record retention has ended, without anyone
 * asking. Each record is claimed, checked and settled in a transaction of its own; a record another
 * instance holds is skipped, and an erased record is never claimed again, so running twice, or on
 * two instances, erases each record once.
 *
 * <p>A record whose retention end is settled (the offer ended) is looked at again the day after it
 * ends; one whose retention can still move (an application in use, an offer still valid) is looked
 * at again after {@code imp.personal-data.retention-recheck}; one that no rule will ever make due (an
 * ended offer no application used) is not looked at again: only its employer erases it.
 */
@Singleton
public class EraseDataPastRetention {
    public static final String ACTOR = Caller.systemActor("offer-service");
    private static final Logger LOG = Logger.getLogger(EraseDataPastRetention.class);

    private final Transactions transactions;
    private final Offers offers;
    private final PersonalDataVault vault;
    private final EraseWorkerData erasure;
    private final Today today;
    private final Period recheck;
    private final int maxPerRound;

    EraseDataPastRetention(Transactions transactions, Offers offers, PersonalDataVault vault, EraseWorkerData erasure, Today today,
                           @ConfigProperty(name = "imp.personal-data.retention-recheck") Period recheck,
                           @ConfigProperty(name = "imp.personal-data.retention-max-per-round") int maxPerRound) {
        this.transactions = transactions;
        this.offers = offers;
        this.vault = vault;
        this.erasure = erasure;
        this.today = today;
        this.recheck = recheck;
        this.maxPerRound = maxPerRound;
    }

    @Scheduled(every = "${imp.personal-data.retention-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> eraseDue() {
        return eraseDue(maxPerRound)
                .onFailure().invoke(e -> LOG.warnf("retention round stopped; the record is looked at again on the next round: %s",
                        e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Looks at due records one by one until none is due or {@code limit} were looked at; returns how many. */
    public Uni<Integer> eraseDue(int limit) {
        LocalDate day = today.date();
        return Multi.createBy().repeating().uni(() -> checkNext(day)).until(checked -> !checked).select().first(limit)
                .collect().asList().map(List::size);
    }

    private Uni<Boolean> checkNext(LocalDate day) {
        return transactions.inTransaction(tx -> vault.claimNextRetentionCheck(tx, day).chain(claimed -> claimed.isEmpty()
                ? Uni.createFrom().item(false)
                : check(tx, claimed.get(), day).replaceWith(true)));
    }

    private Uni<Void> check(Transaction tx, String offerNumber, LocalDate day) {
        // The service's own job acts for every employer; an offer without events is reported, not retried.
        return offers.get(offerNumber, anyEmployer -> true).onItemOrFailure().transformToUni((offer, missing) -> {
            if (missing != null) {
                LOG.errorf("personal data is kept for offer %s, which has no events; its retention is not checked again",
                        offerNumber);
                return vault.checkRetentionOn(tx, offerNumber, null);
            }
            return erasure.retentionOf(offer).chain(retention -> {
                if (retention instanceof RecordRetention.Runs runs && runs.over(day)) {
                    LOG.infof("record retention of offer %s ended on %s: its personal data is erased", offerNumber, runs.lastDay());
                    return vault.erase(tx, offerNumber, ACTOR).replaceWithVoid();
                }
                if (retention instanceof RecordRetention.Runs runs && runs.settled()) {
                    return vault.checkRetentionOn(tx, offerNumber, runs.lastDay().plusDays(1));
                }
                if (retention instanceof RecordRetention.NotRequired && offer.ended()) {
                    return vault.checkRetentionOn(tx, offerNumber, null);
                }
                return vault.checkRetentionOn(tx, offerNumber, day.plus(recheck));
            });
        });
    }
}
