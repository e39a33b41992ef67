package ca.imp.deadline.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** The bundled policy, changed in one place, for tests of policy settings and checks. */
final class EditedPolicy {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EditedPolicy() {
    }

    static ObjectNode bundled() {
        try (InputStream in = DeadlineRules.class.getResourceAsStream(DeadlineRules.RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode kind(ObjectNode policy, DeadlineKind kind) {
        for (var node : (ArrayNode) policy.get("deadlineKinds")) {
            if (node.get("kind").asText().equals(kind.name())) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalArgumentException(kind.name());
    }

    static InputStream stream(ObjectNode policy) {
        try {
            return new ByteArrayInputStream(JSON.writeValueAsBytes(policy));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DeadlineRules rules(Consumer<ObjectNode> edit) {
        ObjectNode policy = bundled();
        edit.accept(policy);
        return DeadlineRules.from(stream(policy));
    }
}
