package ca.imp.deadlineservice.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.offer.ComplianceEvidenceRecorded;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.eventstore.store.Transaction;

/**
 * What an offer's compliance deadlines are scheduled from, learnt from offer-service's events: the first day of work
 * the offer planned and the evidence recorded on it. The approval, the first day of employment and the evidence arrive
 * on two topics in any order; whichever comes last finds the others here.
 */
@Singleton
public class ComplianceFacts {

    /** What is known of one offer when its deadlines are scheduled. */
    public record Known(LocalDate plannedFirstDay, List<ComplianceEvidenceRecorded> evidence) {
    }

    /** In the transaction that marks the submission consumed; an offer's terms never change, so the first word is the last. */
    public Uni<Void> recordPlannedFirstDay(Transaction tx, OfferSubmitted submitted) {
        var job = submitted.terms().job();
        if (job == null || job.startDate() == null) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("INSERT INTO offer_start_dates (offer_number, planned_on) VALUES ($1, $2)"
                        + " ON CONFLICT (offer_number) DO NOTHING")
                .execute(Tuple.of(submitted.offerNumber(), job.startDate()))
                .replaceWithVoid();
    }

    /** In the transaction that meets its deadline, after the deadline's append (the transaction's first write). */
    public Uni<Void> recordEvidence(Transaction tx, ComplianceEvidenceRecorded evidence) {
        return tx.preparedQuery("INSERT INTO offer_evidence (offer_number, obligation, reference, document_on, note)"
                        + " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (offer_number, obligation) DO NOTHING")
                .execute(Tuple.of(evidence.offerNumber(), evidence.obligation(), evidence.reference(), evidence.documentOn(),
                        evidence.note()))
                .replaceWithVoid();
    }

    /**
     * Holds the offer's compliance deadlines until this transaction ends. Scheduling a deadline and recording its
     * evidence each take the hold before they read, so one of them always sees the other: without it, evidence recorded
     * while the approval's transaction was open would find no deadline, and the approval no evidence. An advisory lock
     * writes nothing, so the deadline's append stays the transaction's first write.
     */
    public Uni<Void> hold(Transaction tx, String offerNumber) {
        return tx.preparedQuery("SELECT pg_advisory_xact_lock(hashtext('offer-compliance'), hashtext($1))")
                .execute(Tuple.of(offerNumber))
                .replaceWithVoid();
    }

    /** {@link #hold Holds} the offer's compliance deadlines, then reads what is known of the offer. */
    public Uni<Known> holdAndRead(Transaction tx, String offerNumber) {
        return hold(tx, offerNumber)
                .chain(() -> tx.preparedQuery("SELECT planned_on FROM offer_start_dates WHERE offer_number = $1")
                        .execute(Tuple.of(offerNumber)))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLocalDate("planned_on"))
                .chain(planned -> tx.preparedQuery("SELECT obligation, reference, document_on, note FROM offer_evidence"
                                + " WHERE offer_number = $1 ORDER BY obligation")
                        .execute(Tuple.of(offerNumber))
                        .map(rows -> {
                            List<ComplianceEvidenceRecorded> evidence = new ArrayList<>();
                            for (Row row : rows) {
                                evidence.add(new ComplianceEvidenceRecorded(offerNumber, row.getString("obligation"),
                                        row.getString("reference"), row.getLocalDate("document_on"), row.getString("note")));
                            }
                            return new Known(planned, List.copyOf(evidence));
                        }));
    }
}
