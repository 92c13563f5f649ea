package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.explainers.SeedText;
import io.explainers.TestTopics;
import io.explainers.content.ContentVersion;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Another replica's change, seen only as a new content version in the shared database, empties this cache. */
@QuarkusTest
class ReplicaCacheSyncTest {

    static final String SEED = SeedText.PATH;

    @Inject
    ReplicaCacheSync sync;
    @Inject
    ContentVersion contentVersion;
    @Inject
    PageCache cache;
    @Inject
    TestTopics topics;
    @Inject
    ReadNext readNext;

    @Test
    void ownChangesAreNotEvictedTwiceButOtherReplicasChangesAre() {
        topics.publishedWithText("replica-local-change", "local");
        sync.sync(contentVersion.current());
        given().get(SEED).then().statusCode(200);
        assertNotNull(cache.peek(SEED));

        // A change made here: already evicted precisely, the poll leaves the rest of the cache alone.
        topics.change("replica-local-change", topic -> topic.intro = "Changed here.");
        assertFalse(sync.sync(contentVersion.current()));
        assertNotNull(cache.peek(SEED));

        // A change made by another replica: only the shared counter moves. On PostgreSQL its notification may reach
        // this replica before the poll does and evict first; on H2 only the poll can see it.
        anotherReplicaChanges(1);
        boolean evictedByPoll = sync.sync(contentVersion.current());
        if (!"postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))) {
            assertTrue(evictedByPoll, "on H2 the poll is what sees another replica's change");
        }
        assertNull(cache.peek(SEED), "the page is rendered again from the shared database");
        given().get(SEED).then().statusCode(200);
    }

    @Test
    void theFirstPollDropsPagesCachedAtAnUnknownVersion() {
        ReplicaCacheSync startedWithoutTheDatabase = new ReplicaCacheSync(cache, readNext, contentVersion);
        given().get(SEED).then().statusCode(200);
        assertNotNull(cache.peek(SEED));
        assertTrue(startedWithoutTheDatabase.sync(contentVersion.current()), "who knows what the page was rendered from");
        assertNull(cache.peek(SEED));
    }

    @Test
    void theFirstPollKeepsPagesWhenTheVersionIsTheOneTheyWereRenderedFrom() {
        ReplicaCacheSync started = new ReplicaCacheSync(cache, readNext, contentVersion);
        started.onStart(null);
        given().get(SEED).then().statusCode(200);
        assertFalse(started.sync(contentVersion.current()));
        assertNotNull(cache.peek(SEED));

        anotherReplicaChanges(1);
        assertTrue(started.sync(contentVersion.current()));
        assertNull(cache.peek(SEED));
    }

    @Test
    void aVersionThatMovesBackwardsDropsTheCache() {
        sync.sync(contentVersion.current());
        given().get(SEED).then().statusCode(200);
        assertNotNull(cache.peek(SEED));

        // The database was restored from a backup: the counter is lower than what the pages were rendered from.
        anotherReplicaChanges(-1);
        assertTrue(sync.sync(contentVersion.current()));
        assertNull(cache.peek(SEED), "the page is rendered again from the restored database");

        anotherReplicaChanges(1);
        sync.sync(contentVersion.current());
    }

    /** Moves the shared counter the way another replica (or a restore) does: without this replica hearing of it. */
    static void anotherReplicaChanges(int by) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update content_version set version = version + " + by + " where id = 1").executeUpdate());
    }
}
