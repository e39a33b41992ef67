package ca.imp.eventstore.idempotency;

import ca.imp.eventstore.decider.DomainError;

/**
 * A key sent again with another body, or to another operation: one key, one request.
 *
 * @param created the address of what the first request created; null if it changed something
 */
public record IdempotencyKeyReused(String created) implements DomainError.Unprocessable {
    @Override
    public String rule() {
        return "idempotency-key-reused";
    }

    @Override
    public String detail() {
        return "This Idempotency-Key was used for another request" + (created == null ? "" : " (it created " + created + ")")
                + "; a retry sends the same body to the same operation, and a new request needs a new key.";
    }

    @Override
    public String field() {
        return IdempotentCommands.HEADER;
    }
}
