package ca.imp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Refusals sent by a few officers at a steady pace, as the fault suite and the scale-out run send them: the i-th
 * decision is sent first to the i-th instance in turn (one, or several behind a balancer), and a send that fails
 * (connection refused or reset, a 5xx) is sent again to the next instance, until accepted (recording a decision twice is
 * answered as done). Sends stop at an allowance, so that a fault can strike mid-burst.
 */
final class DecisionBurst {
    private final HttpClient http;
    private final List<String> instances;
    private final List<String> applications;
    private final int senderCount;
    private final int perSecond;
    private final Duration within;
    private final Duration pauseBeforeRetry;
    /** When each decision was answered (accepted, or refused, which {@link #finish} reports), in {@link System#nanoTime}. */
    private final Map<String, Long> answeredAt = new ConcurrentHashMap<>();
    private final Map<String, String> acceptedBy = new ConcurrentHashMap<>();
    private final ExecutorService senders;
    private final List<Future<?>> running = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private int next;
    private int allowance;
    private int retries;
    private long started;
    private long finished;

    /**
     * @param instances        the decision-service instances' base URLs
     * @param pauseBeforeRetry how long a sender waits before sending a failed decision again
     */
    DecisionBurst(HttpClient http, List<String> instances, List<String> applications, int senders, int perSecond,
                  Duration within, Duration pauseBeforeRetry) {
        this.http = http;
        this.instances = List.copyOf(instances);
        this.applications = List.copyOf(applications);
        this.senderCount = senders;
        this.perSecond = perSecond;
        this.within = within;
        this.pauseBeforeRetry = pauseBeforeRetry;
        this.senders = Executors.newFixedThreadPool(senders);
        this.allowance = applications.size();
    }

    void start() {
        started = System.nanoTime();
        for (int i = 0; i < senderCount; i++) {
            running.add(senders.submit(this::send));
        }
    }

    synchronized void allowUpTo(int count) {
        allowance = Math.min(count, applications.size());
        notifyAll();
    }

    private synchronized int claim() throws InterruptedException {
        while (next >= allowance && next < applications.size()) {
            wait();
        }
        return next < applications.size() ? next++ : -1;
    }

    private Void send() throws Exception {
        for (int i = claim(); i >= 0; i = claim()) {
            long due = started + i * 1_000_000_000L / perSecond;
            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            String applicationId = applications.get(i);
            decideUntilAnswered(applicationId, i % instances.size());
            answeredAt.put(applicationId, System.nanoTime());
            synchronized (this) {
                notifyAll();
            }
        }
        return null;
    }

    private void decideUntilAnswered(String applicationId, int firstInstance) throws InterruptedException {
        String decision = RegisteredApplications.refusal();
        long giveUp = System.nanoTime() + within.toNanos();
        for (int attempt = 0; System.nanoTime() < giveUp; attempt++) {
            String instance = instances.get((firstInstance + attempt) % instances.size());
            try {
                HttpResponse<String> response = RegisteredApplications.post(http, instance,
                        "/applications/" + applicationId + "/decision", decision);
                if (response.statusCode() == 200) {
                    acceptedBy.put(applicationId, instance);
                    return;
                }
                if (response.statusCode() < 500) {
                    synchronized (this) {
                        refused.add(applicationId + ": " + response.statusCode() + " " + response.body());
                    }
                    return;
                }
            } catch (IOException down) {
                // the instance is restarting or gone: send the same decision again
            }
            synchronized (this) {
                retries++;
            }
            Thread.sleep(pauseBeforeRetry.toMillis());
        }
        throw new AssertionError("decision on " + applicationId + " not accepted within " + within);
    }

    synchronized void awaitAnswered(int count) throws InterruptedException {
        long giveUp = System.nanoTime() + within.toNanos();
        while (answeredAt.size() < count) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("only " + answeredAt.size() + " of " + count + " decisions accepted");
            }
            wait(1000);
        }
    }

    void finish() throws Exception {
        for (Future<?> sender : running) {
            sender.get();
        }
        finished = System.nanoTime();
        senders.shutdown();
        assertEquals(List.of(), refused, "every decision is accepted");
    }

    /** When each decision was answered, by application id, in {@link System#nanoTime}. */
    Map<String, Long> answeredAt() {
        return answeredAt;
    }

    /** Which instance accepted each decision, by application id. */
    Map<String, String> acceptedBy() {
        return acceptedBy;
    }

    synchronized int retries() {
        return retries;
    }

    /** When {@link #finish} saw the last decision answered, in {@link System#nanoTime}. */
    long finishedAt() {
        return finished;
    }

    double seconds() {
        return (finished - started) / 1e9;
    }
}
