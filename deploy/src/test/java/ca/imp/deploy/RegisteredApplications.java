package ca.imp.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.EventJson;
import ca.imp.deploy.ExactlyOnceEffects.Registered;

/**
 * Paid offers with an application registered for each, ready to be decided: what a burst of refusals needs first. With
 * several instances of a service, the calls go to each in turn, as a load balancer would spread them.
 */
final class RegisteredApplications {
    private static final String OFFICER = TestCallers.officer();
    /** Applications are made and decided the day their offers are, the services' today. */
    static final String DECIDED_ON = ExampleOffer.today();

    private RegisteredApplications() {
    }

    /** All offers are paid first, so that decision-service has learned of most by the time their applications come. */
    static List<Registered> prepare(int count, List<String> offerServices, List<String> decisionServices) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<String> offers = all(IntStream.range(0, count).mapToObj(i -> clients.submit(
                    () -> ExampleOffer.paidAt(offerServices.get(i % offerServices.size())))).toList());
            return all(IntStream.range(0, count).mapToObj(i -> clients.submit(
                    () -> register(http, decisionServices.get(i % decisionServices.size()), offers.get(i)))).toList());
        } finally {
            clients.shutdown();
        }
    }

    private static <T> List<T> all(List<Future<T>> futures) throws Exception {
        List<T> done = new ArrayList<>();
        for (Future<T> future : futures) {
            done.add(future.get());
        }
        return done;
    }

    /** decision-service learns of a paid offer from offer-service's events within a moment; until then it refuses. */
    private static Registered register(HttpClient http, String decisionService, String offerNumber) throws Exception {
        String registration = """
                {"offerNumber": "%s", "applicantLocation": "INSIDE_CANADA", "submittedOn": "%s"}"""
                .formatted(offerNumber, DECIDED_ON);
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < giveUp) {
            HttpResponse<String> response = post(http, decisionService, "/applications", registration);
            if (response.statusCode() == 201) {
                JsonNode application = EventJson.mapper().readTree(response.body());
                return new Registered(offerNumber, application.get("applicationId").asText());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("decision-service never learned of offer " + offerNumber);
    }

    /** An officer's call, as the burst makes it too. */
    static HttpResponse<String> post(HttpClient http, String service, String path, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(service + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + OFFICER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The refusal every burst records. */
    static String refusal() {
        return """
                {"outcome": "REFUSED", "decidedOn": "%s", "communicatedOn": "%s",
                 "grounds": ["NOT_TEMPORARY"], "factors": ["TRAVEL_HISTORY"]}""".formatted(DECIDED_ON, DECIDED_ON);
    }
}
