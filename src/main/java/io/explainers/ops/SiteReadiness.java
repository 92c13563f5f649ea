package io.explainers.ops;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Readiness: this replica can serve visitors, which it can with or without the database, until it begins to stop.
 * <p>
 * It answers from what it already knows, on the management interface's event loop. A synchronous check (Quarkus's own
 * graceful-shutdown check among them, which this one replaces) runs on a worker thread, and every worker can be busy:
 * rendering under a crawl, or waiting on a database that stopped answering. The probe then queued behind them, timed
 * out, and took the replica out of the Service when its cached pages were all visitors could still get.
 */
@Readiness
@Singleton
public class SiteReadiness implements AsyncHealthCheck {

    private static final String NAME = "Explainers site";

    private final DatabaseHealth database;
    /**
     * Set when the application begins to stop, so the Service sends new visitors to the other replicas. (A singleton,
     * so that this is the bean's own field, not a client proxy's.)
     */
    volatile boolean stopping;

    SiteReadiness(DatabaseHealth database) {
        this.database = database;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(() -> {
            boolean stops = stopping; // read once: the status and its detail never disagree
            return HealthCheckResponse.named(NAME).status(!stops)
                    .withData("database", database.reachable() ? "UP" : "DOWN")
                    .withData("stopping", stops)
                    .build();
        });
    }

    void stopping(@Observes ShutdownDelayInitiatedEvent event) {
        stopping = true;
    }
}
