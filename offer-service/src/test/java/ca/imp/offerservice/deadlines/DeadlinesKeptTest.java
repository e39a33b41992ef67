package ca.imp.offerservice.deadlines;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.EventJson;
import ca.imp.contract.deadline.DeadlineElapsed;
import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineMoved;
import ca.imp.contract.deadline.DeadlinePolicy;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.offerservice.DeadlineTopic;
import ca.imp.offerservice.EmployerPortal;

/** offer-service keeps the deadlines deadline-service publishes on imp.deadlines, each event applied once. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class DeadlinesKeptTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final LocalDate DECIDED_ON = LocalDate.parse("2026-06-16");

    @Inject
    Deadlines deadlines;

    private static DeadlineScheduled scheduled(String offerNumber, String kind, LocalDate dueDate, boolean provisional) {
        return new DeadlineScheduled(UUID.randomUUID(), offerNumber, offerNumber + "-1", kind, DECIDED_ON, dueDate,
                kind + " counted from the decision of " + DECIDED_ON, "policy source", List.of(), UUID.randomUUID(), provisional,
                new DeadlinePolicy("2026-11-28", null));
    }

    private Deadline kept(String offerNumber, UUID deadlineId) {
        return deadlines.ofOffer(offerNumber).await().atMost(WITHIN).stream().filter(d -> d.deadlineId().equals(deadlineId))
                .findFirst().orElseThrow(() -> new AssertionError("deadline " + deadlineId + " not kept"));
    }

    private Deadline keptOnceShown(String offerNumber, UUID deadlineId, Deadline.Status status) {
        return await().atMost(WITHIN).until(() -> deadlines.ofOffer(offerNumber).await().atMost(WITHIN).stream()
                .filter(d -> d.deadlineId().equals(deadlineId) && d.status() == status).findFirst(), Optional::isPresent).get();
    }

    @Test
    void a_scheduled_deadline_is_kept_open_then_elapsed_and_one_met_after_it_elapsed_is_met() {
        String number = EmployerPortal.submitOffer();
        DeadlineScheduled scheduled = scheduled(number, "JUDICIAL_REVIEW_LEAVE", LocalDate.parse("2026-07-02"), false);

        DeadlineTopic.publish(scheduled);
        Deadline open = keptOnceShown(number, scheduled.deadlineId(), Deadline.Status.OPEN);
        DeadlineTopic.publish(new DeadlineElapsed(scheduled.deadlineId(), number, number + "-1", scheduled.kind(),
                scheduled.dueDate(), Instant.parse("2026-07-03T04:00:00Z")));
        keptOnceShown(number, scheduled.deadlineId(), Deadline.Status.ELAPSED);
        DeadlineTopic.publish(new DeadlineMet(scheduled.deadlineId(), number, LocalDate.parse("2026-07-01"), "filed in time"));
        Deadline met = keptOnceShown(number, scheduled.deadlineId(), Deadline.Status.MET);

        assertEquals(Optional.of(number), open.offerNumber());
        assertEquals("JUDICIAL_REVIEW_LEAVE", open.kind());
        assertEquals(LocalDate.parse("2026-07-02"), open.dueDate());
        assertEquals(Optional.of("JUDICIAL_REVIEW_LEAVE counted from the decision of 2026-06-16"), open.basis());
        assertEquals(Optional.of(LocalDate.parse("2026-07-01")), met.metOn());
        assertEquals(Optional.of("filed in time"), met.metNote());
    }

    @Test
    void each_event_delivered_again_takes_effect_once_and_a_scheduling_delivered_again_undoes_no_move_or_met() {
        String number = EmployerPortal.submitOffer();
        DeadlineScheduled scheduled = scheduled(number, "RECORD_RETENTION_ENDS", LocalDate.parse("2032-06-16"), true);
        DeadlineMoved moved = new DeadlineMoved(scheduled.deadlineId(), number, number + "-1", scheduled.kind(),
                LocalDate.parse("2026-09-01"), LocalDate.parse("2032-09-01"), "six years from the first day of employment",
                "R209.2", List.of(), UUID.randomUUID());
        DeadlineMet met = new DeadlineMet(scheduled.deadlineId(), number, LocalDate.parse("2026-10-01"), null);
        UUID scheduling = DeadlineTopic.publish(scheduled);
        UUID move = DeadlineTopic.publish(moved);
        UUID meeting = DeadlineTopic.publish(met);

        DeadlineTopic.publish(scheduling, scheduled);
        DeadlineTopic.publish(move, moved);
        DeadlineTopic.publish(meeting, met);
        // a later event on the same key proves every delivery before it was consumed (same partition, in order)
        DeadlineScheduled marker = scheduled(number, "FEE_REFUND_FOLLOW_UP", LocalDate.parse("2026-09-14"), false);
        DeadlineTopic.publish(marker);
        keptOnceShown(number, marker.deadlineId(), Deadline.Status.OPEN);

        Deadline kept = kept(number, scheduled.deadlineId());
        assertEquals(Deadline.Status.MET, kept.status());
        assertEquals(LocalDate.parse("2032-09-01"), kept.dueDate());
        assertEquals(Optional.of(LocalDate.parse("2026-09-01")), kept.startDate());
        assertEquals(Optional.of("six years from the first day of employment"), kept.basis());
        assertFalse(kept.provisional());
        assertEquals(2, deadlines.ofOffer(number).await().atMost(WITHIN).size());
    }

    @Test
    void a_change_to_a_deadline_never_scheduled_is_dead_lettered_with_its_reason_and_consumption_continues() {
        String number = EmployerPortal.submitOffer();
        UUID unknown = UUID.randomUUID();
        UUID meeting = DeadlineTopic.publish(new DeadlineMet(unknown, number, LocalDate.parse("2026-07-01"), null));
        DeadlineScheduled later = scheduled(number, "JUDICIAL_REVIEW_LEAVE", LocalDate.parse("2026-07-02"), false);

        DeadlineTopic.publish(later);

        keptOnceShown(number, later.deadlineId(), Deadline.Status.OPEN);
        String listed = "items.find { it.eventId == '" + meeting + "' }";
        await().atMost(WITHIN).untilAsserted(() -> given().auth().oauth2(TestCallers.ops()).get("/ops/dead-letters?size=200")
                .then().statusCode(200)
                .body(listed + ".consumer", equalTo("offer-service/deadlines"))
                .body(listed + ".eventType", equalTo("DeadlineMet"))
                .body(listed + ".reason", containsString("deadline " + unknown + " is not known here")));
    }

    /**
     * During a rolling upgrade of deadline-service, instances not yet upgraded publish {@code DeadlineScheduled} version 1
     * (no policy) and upgraded ones version 2 on the same topic: both are kept, the first as "policy not recorded".
     */
    @Test
    void deadlines_scheduled_at_version_1_and_version_2_on_the_same_topic_are_both_kept() {
        String number = EmployerPortal.submitOffer();
        DeadlineScheduled older = scheduled(number, "RESTORATION", LocalDate.parse("2026-09-14"), false);
        ObjectNode version1 = EventJson.mapper().valueToTree(older);
        version1.remove("policy");
        DeadlineScheduled newer = scheduled(number, "JUDICIAL_REVIEW_LEAVE", LocalDate.parse("2026-07-02"), false);

        DeadlineTopic.publishAt(1, "ca.imp.deadline.DeadlineScheduled.v1", number, version1);
        DeadlineTopic.publishAt(1, "DeadlineScheduled", number, version1.deepCopy().put("deadlineId", UUID.randomUUID().toString()));
        DeadlineTopic.publishAt(2, "ca.imp.deadline.DeadlineScheduled.v2", number, EventJson.mapper().valueToTree(newer));

        await().atMost(WITHIN).until(() -> deadlines.ofOffer(number).await().atMost(WITHIN).size() == 3);
        assertEquals(LocalDate.parse("2026-09-14"), kept(number, older.deadlineId()).dueDate());
        assertEquals(LocalDate.parse("2026-07-02"), kept(number, newer.deadlineId()).dueDate());
    }

    @Test
    void an_employers_deadlines_are_those_of_its_offers_and_of_its_inspections() {
        String number = EmployerPortal.submitOffer();
        DeadlineScheduled ofOffer = scheduled(number, "JUDICIAL_REVIEW_LEAVE", LocalDate.parse("2026-07-02"), false);
        DeadlineScheduled ofInspection = DeadlineScheduled.ofInspection(UUID.randomUUID(), UUID.randomUUID().toString(),
                EmployerPortal.BUSINESS_NUMBER, "PRELIMINARY_FINDING_RESPONSE_DUE", LocalDate.parse("2026-08-11"),
                LocalDate.parse("2026-09-10"), "30 days after the notice is deemed received", "R209.994", List.of(),
                UUID.randomUUID(), new DeadlinePolicy("2026-11-28", null));

        DeadlineTopic.publish(ofOffer);
        DeadlineTopic.publish(ofInspection);

        await().atMost(WITHIN).until(() -> deadlines.ofEmployer(EmployerPortal.BUSINESS_NUMBER).await().atMost(WITHIN).stream()
                .map(Deadline::deadlineId).toList().containsAll(List.of(ofOffer.deadlineId(), ofInspection.deadlineId())));
        Deadline inspection = deadlines.ofEmployer(EmployerPortal.BUSINESS_NUMBER).await().atMost(WITHIN).stream()
                .filter(d -> d.deadlineId().equals(ofInspection.deadlineId())).findFirst().orElseThrow();
        assertEquals(Optional.empty(), inspection.offerNumber());
        assertEquals(Optional.of(ofInspection.inspectionId()), inspection.inspectionId());
        assertTrue(deadlines.ofEmployer("987654321").await().atMost(WITHIN).stream()
                .noneMatch(d -> d.deadlineId().equals(ofOffer.deadlineId()) || d.deadlineId().equals(ofInspection.deadlineId())));
        assertEquals(List.of(ofOffer.deadlineId()), deadlines.ofOffer(number).await().atMost(WITHIN).stream()
                .map(Deadline::deadlineId).toList());
    }
}
