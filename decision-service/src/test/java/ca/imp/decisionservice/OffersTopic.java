package ca.imp.decisionservice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.EventJson;
import ca.imp.contract.Topics;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.contract.offer.FeeExemptionClaimed;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.TopicClient;

/** offer-service's side of the conversation in decision-service's tests: its events on imp.offers, as it publishes them. */
public final class OffersTopic {
    public static final Duration WITHIN = Duration.ofSeconds(20);
    /** The employer of the offers a test does not give an employer. */
    public static final String EMPLOYER = "123456789";
    /**
     * When offer-service recorded the events a test publishes: before any application the tests make
     * (an application is not submitted before its offer).
     */
    public static final Instant RECORDED = Instant.parse("2026-01-02T15:00:00Z");
    private final TopicClient kafka = new TopicClient(LocalStack.shared().kafka().bootstrapServers());

    public static String anOfferNumber() {
        return "A%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** Publishes the event under a new id and returns that id, so a test can deliver it again. */
    public UUID publish(String offerNumber, String type, String data) {
        UUID id = UUID.randomUUID();
        publish(offerNumber, type, data, id);
        return id;
    }

    public void publish(String offerNumber, String type, String data, UUID eventId) {
        kafka.send(Topics.OFFERS, offerNumber, data,
                new EventEnvelope(eventId, type, "/offer-service", offerNumber, RECORDED, 1, eventId, null));
    }

    public UUID submitted(String offerNumber, String feeDue) {
        return submitted(offerNumber, EMPLOYER, feeDue);
    }

    public UUID submitted(String offerNumber, String employer, String feeDue) {
        return publish(offerNumber, "OfferSubmitted", """
                {"offerNumber": "%s", "terms": {"employer": {"businessNumber": "%s", "legalName": "Maple Robotics Inc."}},
                 "feeDue": %s, "currency": "CAD", "replaces": null}""".formatted(offerNumber, employer, feeDue));
    }

    public UUID feePaid(String offerNumber) {
        return publish(offerNumber, "FeePaid", """
                {"offerNumber": "%s", "amount": 230.00, "currency": "CAD", "paidOn": "%s"}"""
                .formatted(offerNumber, LocalDate.parse("2026-04-01")));
    }

    /** What offer-service recorded right after an OfferSubmitted whose exemption code was taken as fee-exempt, before issue 13. */
    public UUID feeExempt(String offerNumber) {
        return publish(offerNumber, "FeeExemptionApplied", """
                {"offerNumber": "%s", "exemptionCode": "C20"}""".formatted(offerNumber));
    }

    /** What offer-service records right after an OfferSubmitted that claimed a fee exemption by program. */
    public UUID feeExemptionClaimed(String offerNumber, String proofReference) {
        return publish(offerNumber, "FeeExemptionClaimed", EventJson.mapper().valueToTree(
                new FeeExemptionClaimed(offerNumber, "IDRC", proofReference, false)).toString());
    }

    public UUID withdrawn(String offerNumber) {
        return publish(offerNumber, "OfferWithdrawn", """
                {"offerNumber": "%s", "withdrawnOn": "2026-04-02", "reason": "position filled"}""".formatted(offerNumber));
    }

    /** An offer submitted and paid for, once decision-service knows it is ready. */
    public String readyOffer() {
        return readyOffer(EMPLOYER);
    }

    /** An offer of that employer, submitted and paid for, once decision-service knows it is ready. */
    public String readyOffer(String employer) {
        String offer = anOfferNumber();
        submitted(offer, employer, "230.00");
        feePaid(offer);
        awaitStatus(offer, "READY");
        return offer;
    }

    /** Asked as an officer, who sees every employer's offers. */
    public static void awaitStatus(String offerNumber, String status) {
        await().atMost(WITHIN).untilAsserted(() -> given().auth().oauth2(TestCallers.officer())
                        .get("/offers/" + offerNumber + "/applications").then()
                .statusCode(200).body("offerStatus", equalTo(status)));
    }
}
