package ca.imp.eventstore.idempotency;

import ca.imp.eventstore.decider.DomainError;

/** An Idempotency-Key that is empty, too long, or holds a character other than visible ASCII. */
public record IdempotencyKeyMalformed() implements DomainError.Invalid {
    @Override
    public String rule() {
        return "invalid-idempotency-key";
    }

    @Override
    public String detail() {
        return "An Idempotency-Key is 1 to " + IdempotentCommands.MAX_KEY_LENGTH
                + " visible ASCII characters (no space, no control character), e.g. a UUID.";
    }

    @Override
    public String field() {
        return IdempotentCommands.HEADER;
    }
}
