package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.accesstesting.TestCallers;
import ca.imp.deadlineservice.UpstreamEvents;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.RecordedEvent;

/**
 * The worker's rights information (IRPR 209.2(1)(a)), over Kafka: an approval schedules it on the first day of work
 * the offer planned, provisional; the first day of employment moves it there once; the employer's evidence meets it once,
 * on the document's date, whichever arrives first and however often each is delivered.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class RightsInformationTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private final UpstreamEvents upstream = new UpstreamEvents();
    private final String employer = UpstreamEvents.aBusinessNumber();

    @Inject
    EventStore store;

    @Inject
    Pool pool;

    @Inject
    Today today;

    private RequestSpecification asEmployer() {
        return given().auth().oauth2(TestCallers.employer(employer));
    }

    /** The offer's rights information once the view lists it. */
    private String rightsInformationOf(String offer) {
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", offer)
                .queryParam("kind", "RIGHTS_INFORMATION_DUE").get("/deadlines").then().body("total", equalTo(1)));
        return asEmployer().queryParam("offerNumber", offer).queryParam("kind", "RIGHTS_INFORMATION_DUE").get("/deadlines")
                .then().extract().path("items[0].deadlineId");
    }

    /** The offer's rows in one of this service's tables: the approval is sent once what it needs has arrived. */
    private long rows(String table, String offer) {
        return pool.preparedQuery("SELECT count(*) AS n FROM " + table + " WHERE offer_number = $1").execute(Tuple.of(offer))
                .await().atMost(WITHIN).iterator().next().getLong("n");
    }

    /** The offer submitted with its planned first day, then approved once this service knows that day. */
    private String approvedOn2MarchPlanning(String offer, LocalDate plannedFirstDay) {
        upstream.offerSubmitted(offer, employer, "Maple Robotics Inc.", plannedFirstDay);
        await().atMost(WITHIN).until(() -> rows("offer_start_dates", offer) == 1);
        upstream.approved(offer, LocalDate.parse("2026-03-02"), UUID.randomUUID());
        return rightsInformationOf(offer);
    }

    private long recorded(String offer, String type) {
        return store.load(offer).await().atMost(WITHIN).stream().map(RecordedEvent::type).filter(type::equals).count();
    }

    @Test
    void an_approval_schedules_it_provisionally_the_first_day_moves_it_once_and_the_evidence_meets_it_once() {
        String offer = UpstreamEvents.anOfferNumber();
        String deadline = approvedOn2MarchPlanning(offer, LocalDate.parse("2026-04-01"));
        asEmployer().get("/deadlines/" + deadline).then().statusCode(200)
                .body("dueOn", equalTo("2026-04-01")).body("provisional", equalTo(true))
                .body("source", startsWith("IRPR s.209.2(1)(a)"));

        UUID started = UUID.randomUUID();
        upstream.employmentStarted(offer, LocalDate.parse("2026-04-20"), started);
        upstream.employmentStarted(offer, LocalDate.parse("2026-04-20"), started);
        upstream.employmentStarted(offer, LocalDate.parse("2026-04-20"), UUID.randomUUID());
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/deadlines/" + deadline).then()
                .body("dueOn", equalTo("2026-04-20")).body("provisional", equalTo(false)));

        UUID evidence = UUID.randomUUID();
        upstream.evidenceRecorded(offer, "RIGHTS_INFORMATION", LocalDate.parse("2026-04-17"), evidence);
        upstream.evidenceRecorded(offer, "RIGHTS_INFORMATION", LocalDate.parse("2026-04-17"), evidence);
        upstream.evidenceRecorded(offer, "RIGHTS_INFORMATION", LocalDate.parse("2026-04-18"), UUID.randomUUID());
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/deadlines/" + deadline).then()
                .body("status", equalTo("MET")).body("metOn", equalTo("2026-04-17")));

        // retention and the rights information each moved once; the rights information met once
        await().during(Duration.ofSeconds(2)).atMost(WITHIN)
                .until(() -> recorded(offer, "DeadlineMoved") == 2 && recorded(offer, "DeadlineMet") == 1);
    }

    @Test
    void evidence_recorded_before_the_approval_arrived_meets_the_rights_information_as_it_is_scheduled() {
        String offer = UpstreamEvents.anOfferNumber();
        upstream.offerSubmitted(offer, employer, "Maple Robotics Inc.", LocalDate.parse("2026-04-01"));
        upstream.evidenceRecorded(offer, "RIGHTS_INFORMATION", LocalDate.parse("2026-02-25"), UUID.randomUUID());
        await().atMost(WITHIN).until(() -> rows("offer_start_dates", offer) == 1 && rows("offer_evidence", offer) == 1);

        upstream.approved(offer, LocalDate.parse("2026-03-02"), UUID.randomUUID());

        String deadline = rightsInformationOf(offer);
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/deadlines/" + deadline).then()
                .body("status", equalTo("MET")).body("metOn", equalTo("2026-02-25")).body("provisional", equalTo(true)));
    }

    @Test
    void an_approval_that_arrives_before_its_offer_gets_the_rights_information_when_the_offer_arrives_and_once() {
        String offer = UpstreamEvents.anOfferNumber();
        upstream.approved(offer, LocalDate.parse("2026-03-02"), UUID.randomUUID());
        await().atMost(WITHIN).until(() -> recorded(offer, "DeadlineScheduled") >= 1);

        upstream.offerSubmitted(offer, employer, "Maple Robotics Inc.", LocalDate.parse("2026-04-01"));
        upstream.offerSubmitted(offer, employer, "Maple Robotics Inc.", LocalDate.parse("2026-04-01"));

        String deadline = rightsInformationOf(offer);
        asEmployer().get("/deadlines/" + deadline).then().statusCode(200)
                .body("dueOn", equalTo("2026-04-01")).body("provisional", equalTo(true));
        await().during(Duration.ofSeconds(2)).atMost(WITHIN).until(() -> store.load(offer).await().atMost(WITHIN).stream()
                .filter(e -> e.type().equals("DeadlineScheduled") && e.data().contains("RIGHTS_INFORMATION_DUE")).count() == 1);
    }

    @Test
    void an_approval_after_the_planned_first_day_schedules_it_overdue_and_the_first_day_recorded_lets_it_run_again() {
        String offer = UpstreamEvents.anOfferNumber();
        String deadline = approvedOn2MarchPlanning(offer, LocalDate.parse("2026-02-16"));
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/deadlines/" + deadline).then()
                .body("dueOn", equalTo("2026-02-16")).body("status", equalTo("ELAPSED")));

        LocalDate firstDay = today.date();
        upstream.employmentStarted(offer, firstDay, UUID.randomUUID());
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/deadlines/" + deadline).then()
                .body("dueOn", equalTo(firstDay.toString())).body("status", equalTo("OPEN")));
        asEmployer().get("/deadlines/" + deadline + "/timers").then()
                .body("items.find { it.kind == 'ELAPSE' }.state", equalTo("PENDING"));
    }
}
