package ca.imp.offerservice.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.crypto.SecretKey;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.access.Caller;
import ca.imp.contract.EventJson;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.Transaction;

/**
 * The personal data of each offer, outside the event log, encrypted at rest with a key of its own
 * (crypto-shredding): each record is sealed with a fresh AES-256-GCM data key, stored only wrapped by
 * a master key from configuration ({@link MasterKeys}). Erasing a record deletes its wrapped key, so
 * neither this database nor any backup taken afterwards can open it again, while every event stays.
 * Every read that returns data is logged (who, in which role, when, which offer).
 */
@Singleton
public class PersonalDataVault {
    private final Pool pool;
    private final MasterKeys masterKeys;
    private final Clock clock;
    private final Today today;

    PersonalDataVault(Pool pool, MasterKeys masterKeys, Clock clock, Today today) {
        this.pool = pool;
        this.masterKeys = masterKeys;
        this.clock = clock;
        this.today = today;
    }

    /** Keeps the offer's personal data in the transaction that submits the offer, so neither exists without the other. */
    public Uni<Void> keep(Transaction tx, String offerNumber, PersonalData data) {
        byte[] json;
        try {
            json = EventJson.mapper().writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("personal data of offer " + offerNumber
                    + " cannot be written as JSON"));
        }
        SecretKey dataKey = AesGcm.newKey();
        byte[] ciphertext = AesGcm.seal(dataKey, json, associatedData(offerNumber));
        MasterKeys.WrappedKey wrapped = masterKeys.wrap(dataKey, offerNumber);
        // one statement, one round trip: the key's reference to its record is checked at the statement's end
        return tx.preparedQuery("WITH record AS (INSERT INTO personal_data_records (offer_number, ciphertext, kept_at,"
                        + " retention_check_on) VALUES ($1, $2, $3, $4))"
                        + " INSERT INTO personal_data_keys (offer_number, master_key_id, wrapped_key) VALUES ($1, $5, $6)")
                .execute(Tuple.of(offerNumber, Buffer.buffer(ciphertext), now(), today.date(), wrapped.masterKeyId(),
                        Buffer.buffer(wrapped.wrapped())))
                .replaceWithVoid();
    }

    /**
     * The offer's personal data, for a caller the use case already allowed to see it; the read is
     * recorded (who, when). The caller decides access, never this vault.
     */
    public Uni<PersonalDataRead> read(String offerNumber, Caller reader) {
        return read(offerNumber, reader.actor(), reader.role().claimValue());
    }

    /**
     * The offer's personal data, for the service's own work that needs it (a reminder mail to the employer contact);
     * the read is recorded as the system's, with the given actor ({@link Caller#systemActor}).
     */
    public Uni<PersonalDataRead> readAsSystem(String offerNumber, String systemActor) {
        return read(offerNumber, systemActor, "system");
    }

    private Uni<PersonalDataRead> read(String offerNumber, String reader, String role) {
        return pool.preparedQuery("SELECT r.ciphertext, r.erased_at, k.master_key_id, k.wrapped_key FROM personal_data_records r"
                        + " LEFT JOIN personal_data_keys k ON k.offer_number = r.offer_number WHERE r.offer_number = $1")
                .execute(Tuple.of(offerNumber))
                .chain(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Uni.createFrom().item(new PersonalDataRead.NoneKept());
                    }
                    Row row = rows.iterator().next();
                    if (row.getOffsetDateTime("erased_at") != null) {
                        return Uni.createFrom().item(new PersonalDataRead.Erased(row.getOffsetDateTime("erased_at").toInstant()));
                    }
                    PersonalData data = open(offerNumber, row);
                    return pool.preparedQuery("INSERT INTO personal_data_reads (offer_number, reader, role, read_at)"
                                    + " VALUES ($1, $2, $3, $4)")
                            .execute(Tuple.of(offerNumber, reader, role, now()))
                            .replaceWith(new PersonalDataRead.Kept(data));
                });
    }

    /** The record has been erased: when, and by whom ({@code role:subject}, or the system when its retention ended). */
    public record Erasure(
            @Schema(description = "The offer whose personal data was erased.", example = "A8108406")
            String offerNumber,
            @Schema(description = "When it was erased.", example = "2032-06-17T05:00:00Z")
            Instant erasedAt,
            @Schema(description = "Who erased it, as role:subject.", example = "employer:auth0-5f3a")
            String erasedBy) {
    }

    /** The erasure of the offer's personal data, if it was erased. */
    public Uni<Optional<Erasure>> erasure(String offerNumber) {
        return pool.preparedQuery("SELECT offer_number, erased_at, erased_by FROM personal_data_records"
                        + " WHERE offer_number = $1 AND erased_at IS NOT NULL")
                .execute(Tuple.of(offerNumber))
                .map(PersonalDataVault::erasureIn);
    }

    /**
     * Erases the offer's personal data by destroying its key: the wrapped key is deleted and a
     * tombstone says when and by whom. Erasing it again changes nothing and answers the first erasure;
     * an offer with nothing kept gets the tombstone all the same.
     */
    public Uni<Erasure> erase(Transaction tx, String offerNumber, String byActor) {
        return tx.preparedQuery("DELETE FROM personal_data_keys WHERE offer_number = $1").execute(Tuple.of(offerNumber))
                .chain(() -> tx.preparedQuery("INSERT INTO personal_data_records (offer_number, erased_at, erased_by)"
                                + " VALUES ($1, $2, $3) ON CONFLICT (offer_number) DO UPDATE SET ciphertext = NULL,"
                                + " retention_check_on = NULL, erased_at = EXCLUDED.erased_at, erased_by = EXCLUDED.erased_by"
                                + " WHERE personal_data_records.erased_at IS NULL")
                        .execute(Tuple.of(offerNumber, now(), byActor)))
                .chain(() -> tx.preparedQuery("SELECT offer_number, erased_at, erased_by FROM personal_data_records"
                        + " WHERE offer_number = $1").execute(Tuple.of(offerNumber)))
                .map(rows -> erasureIn(rows).orElseThrow());
    }

    /**
     * Claims, for the caller's transaction, the next record whose retention is due to be looked at on
     * {@code day}; a record another instance has claimed is skipped, so two instances never check the
     * same record at once.
     */
    public Uni<Optional<String>> claimNextRetentionCheck(Transaction tx, LocalDate day) {
        return tx.preparedQuery("SELECT offer_number FROM personal_data_records WHERE erased_at IS NULL"
                        + " AND retention_check_on <= $1 ORDER BY retention_check_on LIMIT 1 FOR UPDATE SKIP LOCKED")
                .execute(Tuple.of(day))
                .map(rows -> rows.iterator().hasNext()
                        ? Optional.of(rows.iterator().next().getString("offer_number"))
                        : Optional.empty());
    }

    /** When to look at the record's retention again; null when nothing can change it any more. */
    public Uni<Void> checkRetentionOn(Transaction tx, String offerNumber, LocalDate day) {
        return tx.preparedQuery("UPDATE personal_data_records SET retention_check_on = $2 WHERE offer_number = $1")
                .execute(Tuple.of(offerNumber, day))
                .replaceWithVoid();
    }

    private PersonalData open(String offerNumber, Row row) {
        String masterKeyId = row.getString("master_key_id");
        if (masterKeyId == null) {
            throw new IllegalStateException("the personal data of offer " + offerNumber + " has no key and no erasure");
        }
        try {
            SecretKey dataKey = masterKeys.unwrap(new MasterKeys.WrappedKey(masterKeyId, row.getBuffer("wrapped_key").getBytes()),
                    offerNumber);
            byte[] json = AesGcm.open(dataKey, row.getBuffer("ciphertext").getBytes(), associatedData(offerNumber));
            return EventJson.mapper().readValue(json, PersonalData.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the personal data of offer " + offerNumber + " cannot be decrypted with master key "
                    + masterKeyId + " (wrong key, or a row moved to another offer)");
        } catch (IOException e) {
            throw new IllegalStateException("the decrypted personal data of offer " + offerNumber + " is not readable JSON");
        }
    }

    /** Binds a ciphertext to its offer: sealed for one offer, it does not open as another's. */
    private static byte[] associatedData(String offerNumber) {
        return ("imp-personal-data|" + offerNumber).getBytes(StandardCharsets.UTF_8);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Optional<Erasure> erasureIn(RowSet<Row> rows) {
        if (!rows.iterator().hasNext()) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new Erasure(row.getString("offer_number"), row.getOffsetDateTime("erased_at").toInstant(),
                row.getString("erased_by")));
    }
}
