package ca.imp.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code deploy/reconcile}: compares what the three services hold about every offer (their {@code /ops} facts) and
 * prints one line per disagreement; exit code 0 when they agree, 1 when they disagree, 2 when it cannot tell.
 */
public final class Reconcile {
    static final String HELP = """
            usage: deploy/reconcile [--offer-service URL] [--decision-service URL] [--deadline-service URL]
                                    [--token OPS_TOKEN] [--data DIR] [--settle SECONDS]
            Compares what offer-service, decision-service and deadline-service hold about every offer
            (GET /ops/offer-facts of each) and prints one line per offer and rule on which they disagree.
            Defaults: the local run's services (http://localhost:8081, :8082, :8083), and an ops token
            signed with the local run's key in DIR (default .data), as deploy/token ops makes.

            The services AGREE on an offer when all of these hold:
              1. offer-service recorded at most one invalidation of the offer;
              2. for the first application whose decision decision-service says ends the offer (by default one
                 APPROVED, REFUSED or WITHDRAWN), offer-service recorded the offer's invalidation by that application,
                 with that outcome;
              3. every invalidation offer-service recorded names an application decision-service decided, with
                 that outcome;
              4. decision-service's view of the offer names the application offer-service invalidated it by
                 (none if offer-service recorded none);
              5. for every application decision-service REFUSED, deadline-service holds a JUDICIAL_REVIEW_LEAVE
                 deadline, and every JUDICIAL_REVIEW_LEAVE deadline it holds is for an application decision-service
                 refused;
              6. deadline-service scheduled at most one deadline of each kind for each application;
              7. once decision-service has learnt from offer-service's events that the offer ended (its offerStatus
                 APPROVED, REFUSED, WITHDRAWN or RETURNED), offer-service's status is that same word.
            The services are eventually consistent: an offer on which they disagree is read again, every second,
            for up to --settle seconds (default 10); only what still disagrees then is printed.
            Exit code: 0 they agree on every offer, 1 they disagree on some, 2 a service could not be read.""";
    /** What ended an offer before decision-service said so of each decision, for a decision-service of that release. */
    private static final Set<String> ENDING_BEFORE_THE_FIELD = Set.of("APPROVED", "REFUSED", "WITHDRAWN");
    /** The offer statuses that say what ended an offer, the same words in every service. */
    private static final Set<String> ENDED = Set.of("APPROVED", "REFUSED", "WITHDRAWN", "RETURNED");
    private static final int PAGE = 200;

    private final Map<String, URI> services;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    Reconcile(URI offerService, URI decisionService, URI deadlineService, String token) {
        this.services = new LinkedHashMap<>();
        services.put("offer-service", offerService);
        services.put("decision-service", decisionService);
        services.put("deadline-service", deadlineService);
        this.token = token;
    }

    /** One rule broken on one offer. */
    record Disagreement(String offerNumber, String rule) {
        @Override
        public String toString() {
            return offerNumber + ": " + rule;
        }
    }

    /**
     * Reads every offer's facts, settles what disagrees for up to {@code settle}, and prints what remains.
     *
     * @return the exit code: 0 they agree, 1 they disagree
     */
    int run(Duration settle, PrintStream out) throws IOException, InterruptedException {
        Map<String, Map<String, JsonNode>> facts = new LinkedHashMap<>();
        for (String service : services.keySet()) {
            facts.put(service, everyOffer(service));
        }
        Set<String> offers = new TreeSet<>();
        facts.values().forEach(byOffer -> offers.addAll(byOffer.keySet()));
        List<Disagreement> found = compare(offers, facts);
        long giveUp = System.nanoTime() + settle.toNanos();
        while (!found.isEmpty() && System.nanoTime() < giveUp) {
            Thread.sleep(1000);
            Set<String> again = new TreeSet<>();
            found.forEach(d -> again.add(d.offerNumber()));
            for (String offer : again) {
                for (String service : services.keySet()) {
                    facts.get(service).put(offer, oneOffer(service, offer));
                }
            }
            found = compare(again, facts);
        }
        found.forEach(out::println);
        out.println(found.isEmpty()
                ? "the three services agree on all " + offers.size() + " offers"
                : found.size() + " disagreement(s) on " + found.stream().map(Disagreement::offerNumber).distinct().count()
                        + " of " + offers.size() + " offers");
        return found.isEmpty() ? 0 : 1;
    }

    static List<Disagreement> compare(Set<String> offers, Map<String, Map<String, JsonNode>> facts) {
        List<Disagreement> found = new ArrayList<>();
        for (String offer : offers) {
            compare(facts.get("offer-service").get(offer), facts.get("decision-service").get(offer),
                    facts.get("deadline-service").get(offer)).forEach(rule -> found.add(new Disagreement(offer, rule)));
        }
        return found;
    }

    /** The rules of {@link #HELP}, on one offer; a service that lists nothing about it holds no fact about it. */
    static List<String> compare(JsonNode offerFacts, JsonNode decisionFacts, JsonNode deadlineFacts) {
        List<String> broken = new ArrayList<>();
        List<JsonNode> invalidations = list(offerFacts, "invalidations");
        List<JsonNode> applications = list(decisionFacts, "applications");
        List<JsonNode> deadlines = list(deadlineFacts, "deadlines");
        Map<String, String> decided = new LinkedHashMap<>();
        Set<String> ending = new HashSet<>();
        applications.stream().filter(a -> a.hasNonNull("outcome")).forEach(a -> {
            decided.put(a.get("applicationId").asText(), a.get("outcome").asText());
            if (a.hasNonNull("invalidatesOffer") ? a.get("invalidatesOffer").asBoolean()
                    : ENDING_BEFORE_THE_FIELD.contains(a.get("outcome").asText())) {
                ending.add(a.get("applicationId").asText());
            }
        });

        if (invalidations.size() > 1) {
            broken.add("offer-service invalidated the offer " + invalidations.size() + " times (rule 1)");
        }
        decided.entrySet().stream().filter(d -> ending.contains(d.getKey())).findFirst().ifPresent(first -> {
            boolean matches = invalidations.stream().anyMatch(i -> i.path("applicationId").asText().equals(first.getKey())
                    && i.path("outcome").asText().equals(first.getValue()));
            if (!matches) {
                broken.add("decision-service decided " + first.getKey() + " " + first.getValue() + " but offer-service has the offer "
                        + text(offerFacts, "status", "UNKNOWN") + " (rule 2)");
            }
        });
        for (JsonNode invalidation : invalidations) {
            String application = invalidation.path("applicationId").asText();
            String outcome = invalidation.path("outcome").asText();
            if (!outcome.equals(decided.get(application))) {
                broken.add("offer-service invalidated the offer by " + application + " " + outcome + " but decision-service has "
                        + (decided.containsKey(application) ? "it " + decided.get(application) : "no decision on it") + " (rule 3)");
            }
        }
        String invalidatedBy = invalidations.isEmpty() ? null : invalidations.get(0).path("applicationId").asText();
        String knownInvalidatedBy = decisionFacts == null || decisionFacts.path("offerInvalidatedBy").isNull()
                ? null : decisionFacts.path("offerInvalidatedBy").asText(null);
        if (decisionFacts != null && !applications.isEmpty() && !java.util.Objects.equals(invalidatedBy, knownInvalidatedBy)) {
            broken.add("decision-service knows the offer as invalidated by " + knownInvalidatedBy + ", offer-service by "
                    + invalidatedBy + " (rule 4)");
        }
        Set<String> judicialReviews = new HashSet<>();
        Map<String, Integer> perKind = new TreeMap<>();
        for (JsonNode deadline : deadlines) {
            String key = deadline.path("applicationId").asText() + " " + deadline.path("kind").asText();
            perKind.merge(key, 1, Integer::sum);
            if (deadline.path("kind").asText().equals("JUDICIAL_REVIEW_LEAVE")) {
                judicialReviews.add(deadline.path("applicationId").asText());
            }
        }
        decided.forEach((application, outcome) -> {
            if (outcome.equals("REFUSED") && !judicialReviews.contains(application)) {
                broken.add("decision-service refused " + application + " but deadline-service has no JUDICIAL_REVIEW_LEAVE deadline"
                        + " for it (rule 5)");
            }
        });
        judicialReviews.stream().filter(application -> !"REFUSED".equals(decided.get(application))).sorted().forEach(application ->
                broken.add("deadline-service has a JUDICIAL_REVIEW_LEAVE deadline for " + application + " but decision-service has "
                        + (decided.containsKey(application) ? "it " + decided.get(application) : "no refusal of it") + " (rule 5)"));
        perKind.forEach((key, count) -> {
            if (count > 1) {
                broken.add("deadline-service scheduled " + count + " deadlines of " + key + " (rule 6)");
            }
        });
        String learntEnded = text(decisionFacts, "offerStatus", "UNKNOWN");
        String status = text(offerFacts, "status", "UNKNOWN");
        if (ENDED.contains(learntEnded) && !learntEnded.equals(status)) {
            broken.add("decision-service learnt that the offer ended " + learntEnded + " but offer-service has it " + status
                    + " (rule 7)");
        }
        return broken;
    }

    private static List<JsonNode> list(JsonNode facts, String field) {
        List<JsonNode> items = new ArrayList<>();
        if (facts != null) {
            facts.path(field).forEach(items::add);
        }
        return items;
    }

    private static String text(JsonNode facts, String field, String absent) {
        return facts == null || !facts.hasNonNull(field) ? absent : facts.get(field).asText();
    }

    private Map<String, JsonNode> everyOffer(String service) throws IOException, InterruptedException {
        Map<String, JsonNode> byOffer = new TreeMap<>();
        for (int page = 0; ; page++) {
            JsonNode answer = get(service, "/ops/offer-facts?since=0&size=" + PAGE + "&page=" + page);
            answer.path("items").forEach(item -> byOffer.put(item.get("offerNumber").asText(), item));
            if ((long) (page + 1) * PAGE >= answer.path("total").asLong()) {
                return byOffer;
            }
        }
    }

    private JsonNode oneOffer(String service, String offerNumber) throws IOException, InterruptedException {
        return get(service, "/ops/offers/" + offerNumber + "/facts");
    }

    private JsonNode get(String service, String path) throws IOException, InterruptedException {
        URI uri = services.get(service).resolve(path);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(service + " answered " + response.statusCode() + " to GET " + uri + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    public static void main(String[] args) {
        System.exit(exitCode(args, System.out, System.err));
    }

    static int exitCode(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--offer-service", "http://localhost:8081",
                "--decision-service", "http://localhost:8082", "--deadline-service", "http://localhost:8083",
                "--data", ".data", "--settle", "10"));
        String token = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                out.println(HELP);
                return 0;
            }
            if (i + 1 == args.length || !(options.containsKey(args[i]) || args[i].equals("--token"))) {
                err.println("deploy/reconcile: " + (i + 1 == args.length ? args[i] + " needs a value" : "unknown option " + args[i]));
                err.println(HELP);
                return 2;
            }
            if (args[i].equals("--token")) {
                token = args[++i];
            } else {
                options.put(args[i], args[++i]);
            }
        }
        try {
            if (token == null) {
                token = LocalToken.issue(LocalIdentity.existing(Path.of(options.get("--data")).toAbsolutePath().normalize()).issuer(),
                        "ops", List.of());
            }
            Reconcile reconcile = new Reconcile(URI.create(options.get("--offer-service")),
                    URI.create(options.get("--decision-service")), URI.create(options.get("--deadline-service")), token);
            return reconcile.run(Duration.ofSeconds(Long.parseLong(options.get("--settle"))), out);
        } catch (IOException | RuntimeException e) {
            err.println("deploy/reconcile: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }
}
