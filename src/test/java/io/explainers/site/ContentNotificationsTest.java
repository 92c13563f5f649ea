package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.explainers.SeedText;
import io.explainers.content.ContentVersion;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two replicas on one PostgreSQL database: this application, and a plain JDBC connection standing for another replica
 * that commits a change with its notification. This replica drops its cached pages within milliseconds, with polling
 * off. H2 has no notifications: there replicas poll, and this test does not run.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql")
class ContentNotificationsTest {

    static final String SEED = SeedText.PATH;

    @Inject
    ContentNotifications notifications;
    @Inject
    ReplicaCacheSync sync;
    @Inject
    ContentVersion contentVersion;
    @Inject
    PageCache cache;
    // Optional: on H2 there is no password, and the test class is built though it does not run.
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Test
    void anotherReplicasChangeEvictsWithinMilliseconds() throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!notifications.listening() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(notifications.listening(), "a connection listens");
        sync.sync(contentVersion.current());
        given().get(SEED).then().statusCode(200);
        assertNotNull(cache.peek(SEED));

        try (Connection otherReplica = DriverManager.getConnection(url, username.orElse(null), password.orElse(null))) {
            otherReplica.setAutoCommit(false);
            try (Statement change = otherReplica.createStatement()) {
                change.executeUpdate("update content_version set version = version + 1 where id = 1");
                try (ResultSet version = change.executeQuery("select version from content_version where id = 1")) {
                    version.next();
                    change.execute("notify " + ContentVersion.CHANNEL + ", '" + version.getLong(1) + "'");
                }
            }
            otherReplica.commit();
        }
        long committed = System.nanoTime();
        while (cache.peek(SEED) != null && System.nanoTime() - committed < 5_000_000_000L) {
            Thread.sleep(1);
        }
        long millis = (System.nanoTime() - committed) / 1_000_000;
        assertTrue(cache.peek(SEED) == null, "evicted by the notification, not by a poll (polling is off)");
        assertTrue(millis < 1_000, "evicted " + millis + " ms after the other replica committed");
        System.out.println("Evicted " + millis + " ms after another replica's change committed");
    }
}
