package ca.imp.decidertesting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The check that a decider misses no case: walks every permitted subtype of a sealed family of
 * commands or events, down to its records, and fails naming each one the decider has no case for.
 */
public final class EveryCase {
    private EveryCase() {
    }

    /** @param handled whether the decider has a case for a record type (its dispatch's {@code handles}) */
    public static void assertHandled(Class<?> family, Predicate<Class<?>> handled) {
        List<String> unhandled = new ArrayList<>();
        walk(family, handled, unhandled);
        assertEquals(List.of(), unhandled, () -> "records of " + family.getSimpleName() + " without a case");
    }

    private static void walk(Class<?> type, Predicate<Class<?>> handled, List<String> unhandled) {
        if (!type.isSealed()) {
            if (!handled.test(type)) {
                unhandled.add(type.getSimpleName());
            }
            return;
        }
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            walk(permitted, handled, unhandled);
        }
    }
}
