package ca.imp.eventstore.ops;

import java.util.Collection;
import java.util.Map;

import ca.imp.eventstore.decider.DomainError;

/** A read model this service does not have; the ones it has are named, since an operator may have mistyped one. */
public record UnknownReadModel(String name, Collection<String> known) implements DomainError.NotFound {

    @Override
    public String rule() {
        return "read-model-unknown";
    }

    @Override
    public String detail() {
        return "This service has no read model named " + name + "; its read models are: "
                + (known.isEmpty() ? "none" : String.join(", ", known)) + ".";
    }

    @Override
    public Map<String, Object> facts() {
        return Map.of("readModels", known);
    }
}
