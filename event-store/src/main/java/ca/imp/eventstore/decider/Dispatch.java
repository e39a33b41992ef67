package ca.imp.eventstore.decider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One case per record of a sealed family, keyed by its class: the exhaustive {@code switch} over
 * types that Java 17 has only as a preview. It cannot be built with a record of the family left
 * out, so a command or event added to a family stops the decider that forgot it from being made,
 * instead of falling through an {@code instanceof} chain into a cast.
 *
 * @param <T> the sealed family
 * @param <S> what each case is given beside the record (the state)
 * @param <R> what each case answers
 */
public final class Dispatch<T, S, R> {

    /** What one record of the family leads to. */
    @FunctionalInterface
    public interface Case<X, S, R> {
        R apply(X value, S state);
    }

    private final Map<Class<?>, Case<Object, S, R>> cases;

    private Dispatch(Map<Class<?>, Case<Object, S, R>> cases) {
        this.cases = Map.copyOf(cases);
    }

    /** Starts the cases of a family; {@link Builder#build()} checks that every record of it has one. */
    public static <T, S, R> Builder<T, S, R> over(Class<T> family) {
        return new Builder<>(family);
    }

    public R apply(T value, S state) {
        Case<Object, S, R> found = cases.get(value.getClass());
        if (found == null) {
            // unreachable once built: kept so that a value of a class loaded oddly fails loudly
            throw new IllegalStateException("no case for " + value.getClass().getSimpleName());
        }
        return found.apply(value, state);
    }

    /** Whether this record type has its case. */
    public boolean handles(Class<?> type) {
        return cases.containsKey(type);
    }

    /** The concrete types of a sealed family, found by walking its permitted subtypes down to the leaves. */
    public static Set<Class<?>> membersOf(Class<?> family) {
        Set<Class<?>> members = new LinkedHashSet<>();
        if (!family.isSealed()) {
            members.add(family);
            return members;
        }
        for (Class<?> permitted : family.getPermittedSubclasses()) {
            members.addAll(membersOf(permitted));
        }
        return members;
    }

    public static final class Builder<T, S, R> {
        private final Class<T> family;
        private final Map<Class<?>, Case<Object, S, R>> cases = new LinkedHashMap<>();

        private Builder(Class<T> family) {
            if (!family.isSealed()) {
                throw new IllegalArgumentException(family.getSimpleName() + " must be sealed for its cases to be counted");
            }
            this.family = family;
        }

        public <X extends T> Builder<T, S, R> on(Class<X> type, Case<? super X, S, R> handler) {
            if (cases.containsKey(type)) {
                throw new IllegalArgumentException(type.getSimpleName() + " has two cases");
            }
            cases.put(type, (value, state) -> handler.apply(type.cast(value), state));
            return this;
        }

        /** @throws IllegalStateException naming every record of the family without a case */
        public Dispatch<T, S, R> build() {
            List<String> missing = new ArrayList<>();
            for (Class<?> member : membersOf(family)) {
                if (!cases.containsKey(member)) {
                    missing.add(member.getSimpleName());
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException(family.getSimpleName() + " has no case for " + String.join(", ", missing));
            }
            return new Dispatch<>(cases);
        }
    }
}
