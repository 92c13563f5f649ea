package io.explainers.ops;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.api.HealthGroup;

/**
 * Whether this replica reaches the database: a detail of readiness, a health group of its own and the gauge
 * {@code explainers_database_up}, but never a reason to be unready. Every replica shares the one database, so if
 * readiness followed it, an outage would take every replica out of the Service at once and nobody would get the cached
 * pages and the calm 503 page, which need no database. Readiness ({@link SiteReadiness}) only reports the last
 * scheduled check, so a probe never waits for an unreachable database.
 */
@ApplicationScoped
public class DatabaseHealth {

    static final String GROUP = "database";

    private final AgroalDataSource dataSource;
    /** It was reachable at start: the schema was migrated before anything else ran. */
    private volatile boolean reachable = true;

    DatabaseHealth(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        Gauge.builder("explainers.database.up", this, health -> health.reachable ? 1 : 0)
                .description("1 while this replica reaches the database, 0 while it does not")
                .register(registry);
    }

    @Scheduled(every = "${explainers.database.check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        reachable = connects();
    }

    /** As of the last scheduled check: what readiness reports ({@link SiteReadiness}), without waiting for it. */
    boolean reachable() {
        return reachable;
    }

    /** The database itself, checked now: {@code /q/health/group/database}, for dashboards and alerts, not for probes. */
    @Produces
    @HealthGroup(GROUP)
    HealthCheck database() {
        return () -> {
            check();
            return HealthCheckResponse.named("Database").status(reachable).build();
        };
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
}
