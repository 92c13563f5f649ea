package io.explainers.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.explainers.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A request that fails to reach the database turns the next ones away at once, and the requests turned away ask for
 * a new check: pages come back as soon as the database does, not at the next scheduled check, which never comes here.
 */
@QuarkusTest
@TestProfile(DatabaseBackTest.NoScheduledChecks.class)
@QuarkusTestResource(value = DatabaseProxy.class, restrictToAnnotatedClass = true)
class DatabaseBackTest {

    public static class NoScheduledChecks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("explainers.database.check-interval", "1h");
        }
    }

    @Inject
    TestTopics topics;
    @Inject
    DatabaseHealth database;

    @Test
    void theFirstRequestAfterTheDatabaseReturnsOpensTheWay() throws Exception {
        topics.publishedWithText("first-uncached", "never requested before the outage");
        topics.publishedWithText("second-uncached", "never requested before the outage either");
        assertTrue(database.reachable());

        DatabaseProxy.current.cut();
        try {
            given().get("/topics/first-uncached").then().statusCode(503);
            // No scheduled check ran: the failed request itself told the others, and started a check, which must end
            // before the database returns (the pool tries to connect for up to its acquisition timeout).
            assertEquals(false, database.reachable());
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (database.checking()) {
                assertTrue(Instant.now().isBefore(deadline), "the check ends within 20 s");
                Thread.sleep(100);
            }
            assertEquals(false, database.reachable());
            given().get("/topics/second-uncached").then().statusCode(503);
        } finally {
            DatabaseProxy.current.restore();
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        int status;
        while ((status = given().get("/topics/second-uncached").statusCode()) != 200) {
            assertEquals(503, status);
            assertTrue(Instant.now().isBefore(deadline), "the page renders again within 20 s of the database's return");
            Thread.sleep(200);
        }
        assertTrue(database.reachable());
        given().get("/topics/first-uncached").then().statusCode(200);
    }
}
