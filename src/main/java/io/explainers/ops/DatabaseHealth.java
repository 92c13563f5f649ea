package io.explainers.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;

import io.agroal.api.AgroalDataSource;
import io.explainers.web.DatabaseReachability;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;

/**
 * Whether this replica reaches the database: a detail of readiness, a health group of its own and the gauge
 * {@code explainers_database_up}, and what lets requests that need the database be answered at once while it does not
 * answer ({@link DatabaseUnavailable}); but never a reason to be unready. Every replica shares the one database, so if
 * readiness followed it, an outage would take every replica out of the Service at once and nobody would get the cached
 * pages and the calm 503 page, which need no database. Readiness ({@link SiteReadiness}) only reports what the checks
 * found (scheduled ones and those requests started), so a probe never waits for an unreachable database.
 * <p>
 * A database behind a network partition does not fail, it never answers. So a check runs on a thread of its own (not
 * a worker thread, which the waiting requests may all hold), and a check that has not answered in
 * {@link #CHECK_TIMEOUT} counts as unreachable while it goes on waiting.
 */
@ApplicationScoped
public class DatabaseHealth implements DatabaseReachability {

    static final String GROUP = "database";
    /**
     * Longer than a connection takes in the worst healthy case: the pool's acquisition timeout (3 s) while every
     * connection is busy, then the connection's validation.
     */
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(6);
    static final Duration RECHECK_SPACING = Duration.ofSeconds(1);

    private final AgroalDataSource dataSource;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "database-check");
        thread.setDaemon(true);
        return thread;
    });
    /** It was reachable at start: the schema was migrated before anything else ran. */
    private volatile boolean reachable = true;
    /** The last check, or the one under way; both written under the lock, read without it. */
    private volatile CompletableFuture<Boolean> check = CompletableFuture.completedFuture(true);
    private volatile long checkStarted;

    DatabaseHealth(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        Gauge.builder("explainers.database.up", this, health -> health.reachable() ? 1 : 0)
                .description("1 while this replica reaches the database, 0 while it does not")
                .register(registry);
    }

    /** On the event loop: it only starts a check, unless one is under way. */
    @NonBlocking
    @Scheduled(every = "${explainers.database.check-interval}")
    void check() {
        checkNow();
    }

    /**
     * As of the last check: what readiness reports ({@link SiteReadiness}), and requests and scheduled jobs go by,
     * without waiting.
     */
    @Override
    public boolean reachable() {
        return reachable && !overdue();
    }

    /**
     * A request could not reach the database: the requests after it are answered at once
     * ({@link DatabaseUnavailable}) until a check, started now, reaches it again.
     */
    void unreachable() {
        reachable = false;
        checkNow();
    }

    /**
     * A request was turned away, or a scheduled job skipped its turn: check again, unless a check is under way or began
     * less than {@link #RECHECK_SPACING} ago. Requests then open the gate about as soon as the database answers again,
     * instead of at the next scheduled check, without sending a stream of connection attempts to a database that is
     * starting up.
     */
    @Override
    public synchronized void recheck() {
        if (System.nanoTime() - checkStarted >= RECHECK_SPACING.toNanos()) {
            checkNow();
        }
    }

    /**
     * The database itself, checked now: {@code /q/health/group/database}, for dashboards and alerts, not for probes. A
     * bean of its own rather than a producer method: listing every group ({@code /q/health/group}) looks a check up by
     * its bean class, and a producer's is this class, which is no health check (it answered 500).
     */
    @ApplicationScoped
    @HealthGroup(GROUP)
    static class Check implements AsyncHealthCheck {

        private final DatabaseHealth database;

        Check(DatabaseHealth database) {
            this.database = database;
        }

        @Override
        public Uni<HealthCheckResponse> call() {
            return database.checked();
        }
    }

    /** Down at once while a check is overdue; else the answer of a check, started now or under way. */
    Uni<HealthCheckResponse> checked() {
        return overdue() ? Uni.createFrom().item(HealthCheckResponse.down("Database"))
                : Uni.createFrom().completionStage(checkNow().copy()
                        .completeOnTimeout(false, CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                        .map(up -> HealthCheckResponse.named("Database").status(up).build());
    }

    /** The check under way, or a new one: never more than one waits on the database. */
    private synchronized CompletableFuture<Boolean> checkNow() {
        if (check.isDone() && !checks.isShutdown()) {
            checkStarted = System.nanoTime();
            check = CompletableFuture.supplyAsync(this::connects, checks);
            check.thenAccept(up -> reachable = up);
        }
        return check;
    }

    /** For tests: whether a check is waiting on the database. */
    boolean checking() {
        return !check.isDone();
    }

    /** A check is under way and has had no answer for longer than a reachable database takes. */
    private boolean overdue() {
        return !check.isDone() && System.nanoTime() - checkStarted > CHECK_TIMEOUT.toNanos();
    }

    /**
     * A connection from the pool, as a request would get one: the pool validates it when it is taken
     * ({@code validate-on-borrow}) and replaces one an outage broke.
     */
    private boolean connects() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @PreDestroy
    synchronized void stop() {
        checks.shutdownNow();
    }
}
