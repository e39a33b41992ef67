package ca.imp.eventstore.ops;

import java.time.Instant;
import java.util.Map;

import ca.imp.eventstore.decider.DomainError;

/** A rebuild of the read model is still replaying the log: a second one would only start the replay over. */
public record ReadModelRebuildRunning(String name, Instant requestedAt) implements DomainError.Conflict {

    @Override
    public String rule() {
        return "read-model-rebuild-running";
    }

    @Override
    public String detail() {
        return "The read model " + name + " is being rebuilt since " + requestedAt + "; GET /ops/read-models/" + name
                + " says when it is CURRENT again.";
    }

    @Override
    public Map<String, Object> facts() {
        return Map.of("requestedAt", requestedAt.toString());
    }
}
