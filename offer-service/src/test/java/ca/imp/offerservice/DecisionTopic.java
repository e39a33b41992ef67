package ca.imp.offerservice;

import static ca.imp.offerservice.EmployerPortal.asEmployer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import ca.imp.contract.Topics;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;

/**
 * What decision-service publishes about an offer, sent on its topic as it sends it, for tests that need an offer
 * a worker applied with and an officer decided: offer-service learns both only from Kafka.
 */
public final class DecisionTopic {
    private static final Duration WITHIN = Duration.ofSeconds(20);

    private DecisionTopic() {
    }

    /** Publishes one of decision-service's events about the offer, keyed by its number. */
    public static void publish(String offerNumber, String type, Object event) {
        OtherServices.publish(Topics.DECISIONS, "/decision-service", 2, UUID.randomUUID(), offerNumber, type, event);
    }

    /**
     * A ready offer, applied with from inside Canada on 2026-05-01 and decided on {@code decidedOn}, once offer-service
     * shows the decision on it.
     *
     * @param shown what the offer then shows: its status, or its fee's status (e.g. REFUND_OWED after a refusal)
     */
    public static String decidedOffer(DecisionOutcome outcome, LocalDate decidedOn, String shownPath, String shown) {
        return decidedOffer(number -> new DecisionRendered(number + "-1", number, outcome, decidedOn, decidedOn,
                ApplicantLocation.INSIDE_CANADA, List.of(), true), shownPath, shown);
    }

    /** A ready offer a worker applied with, given this decision (made for its number), once offer-service shows it. */
    private static String decidedOffer(Function<String, DecisionRendered> decision, String shownPath, String shown) {
        String number = EmployerPortal.readyOffer();
        publish(number, "ApplicationRegistered", new ApplicationRegistered(number + "-1", number,
                ApplicantLocation.INSIDE_CANADA, LocalDate.parse("2026-05-01")));
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/offers/" + number).then().body("status", equalTo("IN_USE")));
        publish(number, "DecisionRendered", decision.apply(number));
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/offers/" + number).then().body(shownPath, equalTo(shown)));
        return number;
    }

    /** A ready offer a worker applied with and was approved with on {@code approvedOn}. */
    public static String approvedOffer(LocalDate approvedOn) {
        return decidedOffer(DecisionOutcome.APPROVED, approvedOn, "status", "APPROVED");
    }

    /** A ready offer a worker applied with and was approved with on {@code approvedOn}, for a permit valid until that day. */
    public static String approvedOffer(LocalDate approvedOn, LocalDate permitValidUntil) {
        return decidedOffer(number -> new DecisionRendered(number + "-1", number, DecisionOutcome.APPROVED, approvedOn, approvedOn,
                ApplicantLocation.INSIDE_CANADA, List.of(), List.of(), true, false, null, permitValidUntil), "status", "APPROVED");
    }
}
