package ca.imp.offerservice.reminders;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.EventJson;
import ca.imp.offerservice.privacy.EmployerDataSeal;

/**
 * Each employer's reminder recipients, sealed as personal data ({@link EmployerDataSeal}): the list is read only to
 * show it to who acts for the employer and to send a mail. Each address keeps its id while it stays on the list, so a
 * queued mail names its recipient by id, never by address, and one removed from the list is no longer written to.
 */
@Singleton
public class ReminderRecipientLists {
    private static final String PURPOSE = "reminder-recipients";
    private static final TypeReference<List<ReminderRecipient>> LIST = new TypeReference<>() {
    };

    private final Pool pool;
    private final EmployerDataSeal seal;
    private final Clock clock;

    ReminderRecipientLists(Pool pool, EmployerDataSeal seal, Clock clock) {
        this.pool = pool;
        this.seal = seal;
        this.clock = clock;
    }

    /** One address on an employer's list, and the id a queued mail names it by. */
    public record ReminderRecipient(UUID id, String email) {
        /** Says nothing of the address, so that logging it by mistake does not disclose it. */
        @Override
        public String toString() {
            return "ReminderRecipient[" + id + "]";
        }
    }

    public Uni<List<ReminderRecipient>> of(String businessNumber) {
        return pool.preparedQuery("SELECT ciphertext, master_key_id, wrapped_key FROM reminder_recipient_lists"
                        + " WHERE business_number = $1")
                .execute(Tuple.of(businessNumber))
                .map(rows -> rows.iterator().hasNext() ? open(businessNumber, rows.iterator().next()) : List.of());
    }

    /**
     * Replaces the employer's list; an address already on it keeps its id. An empty list deletes the sealed record and
     * its key, which erases every address it held.
     */
    public Uni<List<ReminderRecipient>> replace(String businessNumber, List<String> emails, String byActor) {
        return of(businessNumber).chain(current -> {
            List<ReminderRecipient> next = new ArrayList<>();
            for (String email : emails) {
                String address = email.trim();
                if (next.stream().anyMatch(r -> r.email().equalsIgnoreCase(address))) {
                    continue;
                }
                UUID id = current.stream().filter(r -> r.email().equalsIgnoreCase(address)).map(ReminderRecipient::id)
                        .findFirst().orElseGet(UUID::randomUUID);
                next.add(new ReminderRecipient(id, address));
            }
            if (next.isEmpty()) {
                return pool.preparedQuery("DELETE FROM reminder_recipient_lists WHERE business_number = $1")
                        .execute(Tuple.of(businessNumber)).replaceWith(List.<ReminderRecipient>of());
            }
            EmployerDataSeal.Sealed sealed = seal.seal(PURPOSE, businessNumber, json(next));
            return pool.preparedQuery("INSERT INTO reminder_recipient_lists (business_number, ciphertext, master_key_id,"
                            + " wrapped_key, changed_at, changed_by) VALUES ($1, $2, $3, $4, $5, $6)"
                            + " ON CONFLICT (business_number) DO UPDATE SET ciphertext = EXCLUDED.ciphertext,"
                            + " master_key_id = EXCLUDED.master_key_id, wrapped_key = EXCLUDED.wrapped_key,"
                            + " changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by")
                    .execute(Tuple.of(businessNumber, Buffer.buffer(sealed.ciphertext()), sealed.masterKeyId(),
                            Buffer.buffer(sealed.wrappedKey()), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), byActor))
                    .replaceWith(List.copyOf(next));
        });
    }

    private List<ReminderRecipient> open(String businessNumber, Row row) {
        byte[] json = seal.open(PURPOSE, businessNumber, new EmployerDataSeal.Sealed(row.getBuffer("ciphertext").getBytes(),
                row.getString("master_key_id"), row.getBuffer("wrapped_key").getBytes()));
        try {
            return EventJson.mapper().readValue(json, LIST);
        } catch (IOException e) {
            throw new IllegalStateException("the decrypted reminder recipients of employer " + businessNumber
                    + " are not readable JSON");
        }
    }

    private static byte[] json(List<ReminderRecipient> recipients) {
        try {
            return EventJson.mapper().writeValueAsBytes(recipients);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reminder recipients cannot be written as JSON");
        }
    }
}
