package ca.imp.embedded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs calls that must overlap: each on a thread of its own, all released by one barrier once every
 * thread is ready. A shared pool would not do: on two cores the common pool runs one call at a time.
 */
public final class AllAtOnce {
    private static final Duration WITHIN = Duration.ofSeconds(60);

    private AllAtOnce() {
    }

    /** The results in the order of the calls; the first failure of a call fails the whole. */
    public static <T> List<T> call(List<Callable<T>> calls) {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> call : calls) {
                running.add(threads.submit(() -> {
                    start.await(WITHIN.toSeconds(), TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get(WITHIN.toSeconds(), TimeUnit.SECONDS));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the calls did not end within " + WITHIN, e);
        } finally {
            threads.shutdownNow();
        }
    }
}
