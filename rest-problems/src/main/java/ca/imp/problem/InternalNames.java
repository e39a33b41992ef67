package ca.imp.problem;

import java.util.List;

/** Names of code a problem must never show a client: they say nothing to it and much to an attacker. */
final class InternalNames {
    static final List<String> MARKERS = List.of("ca.imp", "com.fasterxml", "io.quarkus", "io.vertx", "io.netty", "java.",
            "jakarta.", "org.jboss", "org.hibernate", "Exception", "StreamRead", "SQLSTATE");

    private InternalNames() {
    }

    static boolean in(String text) {
        return text != null && MARKERS.stream().anyMatch(text::contains);
    }
}
