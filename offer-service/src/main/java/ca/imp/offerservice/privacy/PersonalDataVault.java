package ca.imp.offerservice.privacy;

import java.time.Duration;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.access.Caller;
import ca.imp.contract.EventJson;

/**
 * The personal data of each offer, outside the event log. STUB of the API (plain text, no read
 * log): encryption with a key per worker, erasure and the read log replace its insides.
 */
@Singleton
public class PersonalDataVault {
    private final Pool pool;

    PersonalDataVault(Pool pool) {
        this.pool = pool;
    }

    void createTable(@Observes StartupEvent startup) {
        pool.query("CREATE TABLE IF NOT EXISTS personal_data (offer_number text PRIMARY KEY, data text NOT NULL)")
                .execute().await().atMost(Duration.ofSeconds(30));
    }

    /** Keeps the offer's personal data in the transaction that submits the offer, so neither exists without the other. */
    public Uni<Void> keep(SqlConnection tx, String offerNumber, PersonalData data) {
        try {
            return tx.preparedQuery("INSERT INTO personal_data (offer_number, data) VALUES ($1, $2)")
                    .execute(Tuple.of(offerNumber, EventJson.mapper().writeValueAsString(data)))
                    .replaceWithVoid();
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }

    /**
     * The offer's personal data, for a caller the use case already allowed to see it; the read is
     * recorded (who, when). The caller decides access, never this vault.
     */
    public Uni<PersonalDataRead> read(String offerNumber, Caller reader) {
        return pool.preparedQuery("SELECT data FROM personal_data WHERE offer_number = $1").execute(Tuple.of(offerNumber))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return new PersonalDataRead.NoneKept();
                    }
                    try {
                        return new PersonalDataRead.Kept(EventJson.mapper().readValue(rows.iterator().next().getString("data"),
                                PersonalData.class));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("unreadable personal data of offer " + offerNumber, e);
                    }
                });
    }
}
