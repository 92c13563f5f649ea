package io.explainers.ops;

import static java.util.concurrent.TimeUnit.MINUTES;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import io.explainers.Management;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.Vertx;

/**
 * The probes answer from what the application already knows, on the management interface's event loop, never behind
 * the worker threads. Every worker can be busy: rendering under a crawl, or waiting on a database that stopped
 * answering. A readiness probe that queued behind them would time out and take the replica out of the Service exactly
 * when its cached pages are what visitors can still get, and a liveness probe that did would have it restarted.
 */
@QuarkusTest
class ProbesUnderLoadTest {

    @Inject
    Vertx vertx;

    @Inject
    @Readiness
    SiteReadiness readiness;

    @ConfigProperty(name = "quarkus.thread-pool.max-threads")
    int workers;

    @Test
    void probesAnswerWhileEveryWorkerThreadIsTaken() throws Exception {
        CountDownLatch taken = new CountDownLatch(workers);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < workers; i++) {
            vertx.executeBlocking(() -> {
                taken.countDown();
                return release.await(2, MINUTES);
            }, false);
        }
        ExecutorService prober = Executors.newSingleThreadExecutor();
        try {
            assertTrue(taken.await(30, SECONDS), "every worker thread is taken");
            for (String probe : List.of("/q/health/ready", "/q/health/live", "/q/health/started")) {
                Future<Response> answer = prober.submit(() -> Management.given().get(probe));
                // Not a timing target: a probe queued behind the workers would not answer until they are released.
                Response response = answer.get(30, SECONDS);
                assertEquals(200, response.statusCode(), probe);
                assertEquals("UP", response.path("status"), probe);
            }
        } finally {
            release.countDown();
            prober.shutdownNow();
        }
    }

    @Test
    void readinessIsDownOnceAStopBegins() {
        Management.given().get("/q/health/ready").then().statusCode(200);
        // What Quarkus's event does to this check alone: fired, it would also send the page cache's hits back through
        // the router (site.CachedPageFilter) for the tests that come after.
        readiness.stopping(new ShutdownDelayInitiatedEvent());
        try {
            Response response = Management.given().get("/q/health/ready");
            assertEquals(503, response.statusCode());
            assertEquals("DOWN", response.path("checks.find { it.name == 'Explainers site' }.status"));
            assertEquals(true, response.path("checks.find { it.name == 'Explainers site' }.data.stopping"));
            Management.given().get("/q/health/live").then().statusCode(200);
        } finally {
            readiness.stopping = false;
        }
    }
}
