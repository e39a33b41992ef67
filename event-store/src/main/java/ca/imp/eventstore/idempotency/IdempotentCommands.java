package ca.imp.eventstore.idempotency;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.access.Role;
import ca.imp.eventstore.store.AlsoRecord;
import ca.imp.eventstore.store.DomainRejection;

/**
 * Exactly-once commands under a client's Idempotency-Key. A creation claims the key in the
 * transaction that creates (so that of two requests racing with one key, one creates and the other
 * finds the key taken); a change records it once it has succeeded, since repeating an identical
 * change is harmless anyway. A key used before for the same operation and request is replayed,
 * without running the command again; used for anything else, it is refused.
 */
@Singleton
public class IdempotentCommands {
    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 255;

    /** What a command under a key came to. */
    public sealed interface Outcome<T> {
    }

    /** The command ran now. */
    public record Done<T>(T result) implements Outcome<T> {
    }

    /**
     * An earlier request with the same key and request did it; nothing ran now.
     *
     * @param resource the id of what it created; null for a change
     * @param location the address of what it created; null for a change
     */
    public record Replayed<T>(String resource, String location) implements Outcome<T> {
    }

    private final IdempotencyKeys keys;

    public IdempotentCommands(IdempotencyKeys keys) {
        this.keys = keys;
    }

    /**
     * Whose a key is: the employer the request names (e.g. the one an offer is submitted for) when the
     * caller acts for it, or an employer's own business number; otherwise the caller itself (officers,
     * partners, operators, and a representative on an operation addressed by a resource's id).
     *
     * @param employer the business number the request names, or null
     */
    public static String scopeOf(Caller caller, String employer) {
        if (employer != null && caller.actsFor(employer)) {
            return "employer:" + employer;
        }
        if (caller.role() == Role.EMPLOYER) {
            return "employer:" + caller.businessNumbers().first();
        }
        return caller.actor();
    }

    /** The key as sent, checked: 1 to 255 visible ASCII characters. */
    public static String checked(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new DomainRejection(new IdempotencyKeyMalformed());
        }
        return key;
    }

    /**
     * Creates something, or replays the earlier creation with this key.
     *
     * @param key        the key, or null when the client sent none: then the command simply runs
     * @param locationOf the address of what is created, given its id
     * @param create     the creating use case, which runs the {@link AlsoRecord} it is given in its transaction
     *                   (a creation that fails because a request racing with the same key created first, whether
     *                   on the key itself or on the state it changed, answers as a retry after that one)
     */
    public <T> Uni<Outcome<T>> create(IdempotencyKey key, Function<String, String> locationOf, Function<AlsoRecord, Uni<T>> create) {
        if (key == null) {
            return create.apply(AlsoRecord.NOTHING).map(IdempotentCommands::done);
        }
        AlsoRecord claim = (tx, createdId) -> keys.claim(tx, key, createdId, locationOf.apply(createdId));
        return this.<T>replayed(key).chain(earlier -> earlier.isPresent()
                ? Uni.createFrom().item(earlier.get())
                : create.apply(claim).map(IdempotentCommands::done)
                        .onFailure().recoverWithUni(failure -> this.<T>replayed(key).chain(raced -> raced.isPresent()
                                ? Uni.createFrom().item(raced.get())
                                : Uni.createFrom().failure(failure))));
    }

    /**
     * Changes something, or replays the earlier change with this key.
     *
     * @param key the key, or null when the client sent none: then the command simply runs
     */
    public <T> Uni<Outcome<T>> change(IdempotencyKey key, Supplier<Uni<T>> change) {
        if (key == null) {
            return change.get().map(IdempotentCommands::done);
        }
        return this.<T>replayed(key).chain(earlier -> earlier.isPresent()
                ? Uni.createFrom().item(earlier.get())
                : change.get().call(() -> keys.record(key)).map(IdempotentCommands::done));
    }

    private static <T> Outcome<T> done(T result) {
        return new Done<>(result);
    }

    /** The earlier use of the key, if it was for this very request; a use for another one is refused. */
    private <T> Uni<Optional<Outcome<T>>> replayed(IdempotencyKey key) {
        return keys.find(key.scope(), key.key()).map(found -> found.map(claim -> {
            if (!key.sameRequestAs(claim)) {
                throw new DomainRejection(new IdempotencyKeyReused(claim.location()));
            }
            return new Replayed<T>(claim.resource(), claim.location());
        }));
    }
}
