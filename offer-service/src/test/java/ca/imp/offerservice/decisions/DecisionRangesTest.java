package ca.imp.offerservice.decisions;

import static ca.imp.offerservice.EmployerPortal.asEmployer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import ca.imp.contract.EventJson;
import ca.imp.contract.Topics;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.offerservice.EmployerPortal;

/**
 * offer-service applies a decision-service event only if its dates are in the ranges
 * decision-service's REST edge enforces (the same {@code DateRange}s): one published raw with a
 * date outside them, as no valid request could produce, is dead-lettered with the range it broke,
 * and the decisions after it still apply.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class DecisionRangesTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Inject
    EventStore store;

    private final TopicClient kafka = new TopicClient(LocalStack.shared().kafka().bootstrapServers());

    private void publish(String number, String type, Object data) throws Exception {
        UUID id = UUID.randomUUID();
        kafka.send(Topics.DECISIONS, number, EventJson.mapper().writeValueAsString(data),
                new EventEnvelope(id, type, "/decision-service", number, Instant.now(), 1, id, null));
    }

    private void publishDecision(String number, String applicationId, String decisionDate, String communicatedDate) throws Exception {
        publish(number, "DecisionRendered", new DecisionRendered(applicationId, number, DecisionOutcome.APPROVED,
                LocalDate.parse(decisionDate), LocalDate.parse(communicatedDate), ApplicantLocation.INSIDE_CANADA, List.of(), true));
    }

    private List<String> invalidatingApplications(String number) {
        return store.load(number).await().atMost(WITHIN).stream().filter(e -> "OfferInvalidated".equals(e.type()))
                .map(RecordedEvent::data).map(DecisionRangesTest::applicationId).toList();
    }

    private static String applicationId(String invalidation) {
        try {
            return EventJson.mapper().readTree(invalidation).path("applicationId").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String deadLetterReason(String number) {
        List<ConsumerRecord<String, String>> dead = kafka.readUntil("offer-service.dead-letters",
                records -> records.stream().anyMatch(r -> number.equals(r.key())), WITHIN);
        return dead.stream().filter(r -> number.equals(r.key())).map(r -> TopicClient.header(r, "dead-letter-reason"))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            dated before the portal existed     | 2014-12-31       | 2014-12-31       | decisionDate
            dated in year -1                    | -0001-01-01      | 2026-06-16       | decisionDate
            dated at the end of time            | +999999999-12-31 | +999999999-12-31 | decisionDate
            communicated before it was made     | 2026-06-16       | 2026-06-15       | communicatedDate
            communicated in the future          | 2026-06-16       | 2999-01-01       | communicatedDate
            """)
    void a_decision_outside_its_date_range_is_not_applied_and_the_next_one_is(String why, String decisionDate,
                                                                              String communicatedDate, String field)
            throws Exception {
        String number = EmployerPortal.readyOffer();

        publishDecision(number, number + "-1", decisionDate, communicatedDate);
        publishDecision(number, number + "-2", "2026-06-16", "2026-06-16");

        await().atMost(WITHIN).until(() -> !invalidatingApplications(number).isEmpty());
        assertEquals(List.of(number + "-2"), invalidatingApplications(number));
        String reason = deadLetterReason(number);
        assertTrue(reason.contains(field + " must "), reason);
    }

    @Test
    void an_application_submitted_after_today_does_not_put_the_offer_in_use() throws Exception {
        String number = EmployerPortal.readyOffer();

        publish(number, "ApplicationRegistered", new ApplicationRegistered(number + "-1", number, ApplicantLocation.INSIDE_CANADA,
                LocalDate.MAX));

        String reason = deadLetterReason(number);
        assertTrue(reason.contains("submittedOn must be between 2015-01-01 and today"), reason);
        asEmployer().get("/offers/" + number).then().body("status", equalTo("READY"));
    }
}
