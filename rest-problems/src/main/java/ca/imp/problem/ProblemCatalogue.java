package ca.imp.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What each rule means, for the page its problems' {@code type} points to: read once, from every
 * {@value #RESOURCE} on the class path. Each module that answers problems ships one for the rules it
 * answers (rest-problems the edge's common rules, event-store its operations' rules, each service its
 * own), so a service describes exactly the rules it can answer. A rule described twice is a mistake,
 * refused at start-up.
 */
@Singleton
public class ProblemCatalogue {
    public static final String RESOURCE = "META-INF/problem-types.json";

    /** One rule: its title, the status it answers, and what it means to an integrator and what to do. */
    public record ProblemType(String rule, String title, int status, String description) {
    }

    private record Entry(String title, int status, String description) {
    }

    private final Map<String, ProblemType> types;

    public ProblemCatalogue() {
        Map<String, ProblemType> read = new TreeMap<>();
        Map<String, URL> from = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            for (URL resource : Collections.list((loader == null ? ProblemCatalogue.class.getClassLoader() : loader)
                    .getResources(RESOURCE))) {
                try (InputStream in = resource.openStream()) {
                    Map<String, Entry> entries = json.readValue(in, new TypeReference<Map<String, Entry>>() { });
                    entries.forEach((rule, entry) -> {
                        if (from.putIfAbsent(rule, resource) != null) {
                            throw new IllegalStateException("rule " + rule + " is described in both " + from.get(rule)
                                    + " and " + resource);
                        }
                        if (entry.title() == null || entry.description() == null || entry.status() < 400 || entry.status() > 599) {
                            throw new IllegalStateException("rule " + rule + " in " + resource
                                    + " needs a title, a description and a 4xx or 5xx status");
                        }
                        read.put(rule, new ProblemType(rule, entry.title(), entry.status(), entry.description()));
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.types = Collections.unmodifiableMap(read);
    }

    public Optional<ProblemType> find(String rule) {
        return Optional.ofNullable(types.get(rule));
    }

    /** The rules among these that no catalogue describes, for the tests that every rule answered has its page. */
    public Set<String> uncatalogued(Collection<String> rules) {
        Set<String> missing = new TreeSet<>(rules);
        missing.removeAll(types.keySet());
        return missing;
    }
}
