package org.strategypress.pipeline;

import org.strategypress.model.Rule;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.strategypress.concurrent.DaemonThreads;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;

/**
 * The longest time each stage (load, validate, render, pdf) may run. A stage runs on a worker thread; past its
 * deadline the worker is interrupted (templates, the loader and the PDF engine's line breaking check for that),
 * the build stops with a {@code deadline} error naming the stage, and nothing is committed to the output.
 */
public record StageDeadline(Duration limit, boolean scalesWithContent) {

    /** Default per stage for content the size of the sample, growing with larger content: only a runaway input or template reaches it. */
    public static final Duration DEFAULT = Duration.ofSeconds(120);
    /** The environment variable that sets it, in whole seconds. */
    public static final String ENV = "PRESS_DEADLINE_SECONDS";

    private static final ExecutorService POOL = Executors.newCachedThreadPool(DaemonThreads.named("press-stage"));

    /** Entities plus five per chapter in the sample, the size the default limit is meant for. */
    static final int SAMPLE_UNITS = 250;

    public StageDeadline {
        if (limit == null || limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("a deadline must be positive");
    }

    /** A limit the writer chose: it applies as it is, whatever the size of the content. */
    public StageDeadline(Duration limit) {
        this(limit, false);
    }

    /**
     * The default limit grows with the content (a strategy fifty times the sample needs minutes for its PDF);
     * a limit the writer chose does not.
     *
     * @param units entities plus five per chapter
     */
    public StageDeadline scaledFor(int units) {
        if (!scalesWithContent || units <= SAMPLE_UNITS) return this;
        return new StageDeadline(limit.multipliedBy((units + SAMPLE_UNITS - 1) / SAMPLE_UNITS), false);
    }

    /** {@value #ENV} from {@code environment} when it is a positive whole number of seconds, else the default. */
    public static StageDeadline from(Map<String, String> environment) {
        String s = environment.get(ENV);
        if (s != null) {
            try {
                long n = Long.parseLong(s.strip());
                if (n > 0) return new StageDeadline(Duration.ofSeconds(n));
            } catch (NumberFormatException e) {
                // ignored: an unusable value leaves the default
            }
        }
        return new StageDeadline(DEFAULT, true);
    }

    /**
     * Runs {@code work} as stage {@code stage}; its result, its own exception, or a DeadlineException placed at
     * {@code at} if it runs past the limit.
     */
    public <T> T run(String stage, SourcePosition at, Supplier<T> work) {
        CountDownLatch ended = new CountDownLatch(1);
        Future<T> f = POOL.submit(() -> {
            try {
                return work.get();
            } finally {
                ended.countDown();
            }
        });
        try {
            return f.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(f, ended);
            throw new DeadlineException(Rule.DEADLINE.at(at, "stage '" + stage + "' stopped: it did not finish within "
                    + describe(limit) + " (a runaway template or an input far too large?); raise the limit with"
                    + " --deadline-seconds or " + ENV + " if the content really needs longer"));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        } catch (InterruptedException e) {
            stop(f, ended); // the caller stops the stage: it must not go on writing into a folder about to go
            Thread.currentThread().interrupt();
            throw new DeadlineException(Rule.DEADLINE.at(at, "stage '" + stage + "' interrupted"));
        }
    }

    /** Interrupts the stage's worker and gives it a moment to wind down, so it stops writing before its staging folder goes. */
    private void stop(Future<?> f, CountDownLatch ended) {
        f.cancel(true);
        try {
            ended.await(Math.min(2000, Math.max(100, limit.toMillis())), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
