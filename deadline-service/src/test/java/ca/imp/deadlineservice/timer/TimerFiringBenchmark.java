package ca.imp.deadlineservice.timer;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.EventJson;
import ca.imp.contract.Topics;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.deadlineservice.ServiceClock;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;

/** How fast due timers fire once a backlog has built up (an outage, a batch of decisions): prints figures, asserts nothing. */
@QuarkusTest
@Tag("benchmark")
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class TimerFiringBenchmark {
    private static final int WARM_UP = 50;
    private static final int DECISIONS = 500;

    @Inject
    ServiceClock clock;
    @Inject
    TimerFiring firing;
    @Inject
    Pool pool;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void a_backlog_of_due_timers_fires() throws Exception {
        TopicClient kafka = new TopicClient(LocalStack.shared().kafka().bootstrapServers());
        // warm-up: consumption, planning and firing each run once, untimed, before the measured backlog
        List<String> warmUp = offers(7_000_000, WARM_UP);
        plan(kafka, warmUp);
        fire();

        List<String> offers = offers(8_000_000, DECISIONS);
        long start = System.nanoTime();
        double sending = plan(kafka, offers);
        long planned = count("SELECT count(*) FROM deadline_timers WHERE offer_number = ANY($1)", offers);
        System.out.printf("BENCHMARK timers: %d decisions sent (%.2f s), consumed, their deadlines scheduled and %d timers"
                + " planned in %.2f s%n", DECISIONS, sending, planned, seconds(start));

        start = System.nanoTime();
        int fired = fire();
        double took = seconds(start);
        System.out.printf("BENCHMARK timers: %d due timers fired by the 4 measured rounds in %.2f s = %.0f/s"
                + " (side by side, one transaction per timer; the service's own scheduler fired %d more meanwhile)%n",
                fired, took, fired / took, count("SELECT count(*) FROM deadline_timers WHERE offer_number = ANY($1) AND state = 'FIRED'",
                        offers) - fired);
    }

    private static List<String> offers(int first, int count) {
        return IntStream.range(first, first + count).mapToObj("A%07d"::formatted).toList();
    }

    /** Sends a refusal for each offer at a March date and waits until every offer's timers are planned; returns the seconds sending took. */
    private double plan(TopicClient kafka, List<String> offers) throws Exception {
        clock.moveTo(Instant.parse("2026-03-02T17:00:00Z"));
        long start = System.nanoTime();
        for (String offer : offers) {
            UUID id = UUID.randomUUID();
            kafka.send(Topics.DECISIONS, offer, EventJson.mapper().writeValueAsString(new DecisionRendered(offer + "-1", offer,
                            DecisionOutcome.REFUSED, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-02"),
                            ApplicantLocation.INSIDE_CANADA, List.of("INSUFFICIENT_FUNDS"), true)),
                    new EventEnvelope(id, "DecisionRendered", "/decision-service", offer, Instant.now(), 1, id, null));
        }
        double sending = seconds(start);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> count(
                "SELECT count(DISTINCT offer_number) FROM deadline_timers WHERE offer_number = ANY($1)", offers) == offers.size());
        return sending;
    }

    /**
     * Moves the clock past every planned timer and fires the backlog in 4 rounds side by side; returns how many those rounds
     * fired, not counting what the service's own scheduler fires in the same moments.
     */
    private int fire() {
        clock.moveTo(Instant.parse("2026-09-01T12:00:00Z"));
        return Uni.join().all(firing.fireDue(100_000), firing.fireDue(100_000), firing.fireDue(100_000), firing.fireDue(100_000))
                .andFailFast().await().atMost(Duration.ofMinutes(5)).stream().mapToInt(Integer::intValue).sum();
    }

    private long count(String sql, List<String> offers) {
        return pool.preparedQuery(sql).execute(Tuple.of(offers.toArray(String[]::new)))
                .map(rows -> rows.iterator().next().getLong(0)).await().atMost(Duration.ofSeconds(30));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
