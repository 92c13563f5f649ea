package io.explainers.indexnow;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.explainers.Management;
import io.explainers.Pages;
import io.explainers.TestTopics;
import io.explainers.content.Reviewer;
import io.explainers.content.Topic;
import io.explainers.content.TopicChanges;
import io.explainers.content.TopicStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * IndexNow end to end against a local endpoint ({@link IndexNowStub}): what is announced, the request, the answers
 * that finish, retry or fail a batch, a sender that dies holding a claim, and two senders sharing one database.
 */
@QuarkusTest
@TestProfile(WithIndexNow.class)
class IndexNowTest {

    static final String BASE = "http://localhost:8080";

    @Inject
    TestTopics topics;
    @Inject
    TopicChanges changes;
    @Inject
    IndexNowSender sender;
    @Inject
    Outbox outbox;
    @Inject
    MeterRegistry registry;

    @BeforeEach
    void emptyOutbox() {
        QuarkusTransaction.requiringNew().run(() -> Announcement.deleteAll());
        IndexNowStub.reset();
    }

    @Test
    void theKeyFileIsTheKeyAloneAndNoOtherKeyAnswers() {
        String body = given().get("/" + IndexNowStub.KEY + ".txt").then().statusCode(200)
                .contentType("text/plain;charset=UTF-8").extract().asString();
        assertEquals(IndexNowStub.KEY, body);
        given().get("/another-key-1234.txt").then().statusCode(404);
        given().get("/robots.txt").then().statusCode(200); // still itself
        // One metrics series for every key's address, and robots.txt keeps its own.
        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("uri=\"/{key}.txt\""), "the key file's series");
        assertTrue(metrics.contains("uri=\"/robots.txt\""), "robots.txt's series");
        assertFalse(metrics.contains("uri=\"/" + IndexNowStub.KEY + ".txt\""), "no series per key");
    }

    @Test
    void publishingChangingRenamingUnpublishingAndArchivingAreAnnouncedDraftsAreNot() {
        String slug = slug("lifecycle");
        topics.create(slug, TopicStatus.DRAFT, "lifecycle");
        topics.change(slug, t -> t.title = "Still a draft");
        assertEquals(0, sender.sendDue(Instant.now()), "a draft's changes are nobody's business");

        topics.change(slug, t -> t.status = TopicStatus.PUBLISHED);
        topics.change(slug, t -> t.title = "Changed while published");
        QuarkusTransaction.requiringNew().run(() -> { // a rename, as the editorial API makes it
            Topic topic = Topic.findBySlug(slug).orElseThrow();
            topic.slug = slug + "-renamed";
            changes.changed(topic, slug);
        });
        topics.change(slug + "-renamed", t -> t.status = TopicStatus.DRAFT);
        topics.change(slug + "-renamed", t -> t.status = TopicStatus.PUBLISHED);
        topics.change(slug + "-renamed", t -> t.status = TopicStatus.ARCHIVED);
        topics.change(slug + "-renamed", t -> t.title = "Changed while archived");

        assertEquals(7, sender.sendDue(Instant.now()), "six changes on the site, the rename with two addresses");
        assertEquals(1, IndexNowStub.RECEIVED.size());
        JsonNode request = IndexNowStub.RECEIVED.get(0);
        assertEquals("localhost", request.get("host").asText());
        assertEquals(IndexNowStub.KEY, request.get("key").asText());
        assertEquals(BASE + "/" + IndexNowStub.KEY + ".txt", request.get("keyLocation").asText());
        assertEquals(List.of(BASE + Pages.topic(slug), BASE + Pages.topic(slug + "-renamed")),
                IndexNowStub.urls(), "each address once, in the order of the changes");
        assertEquals(0, sender.sendDue(Instant.now()), "sent rows are done");
    }

    @Test
    void aReviewersNewNameIsAnnouncedForThePublishedPagesThatShowIt() {
        String published = slug("reviewed-published");
        String draft = slug("reviewed-draft");
        topics.publishedWithText(published, "reviewed");
        topics.create(draft, TopicStatus.DRAFT, "reviewed draft");
        long reviewerId = QuarkusTransaction.requiringNew().call(() -> {
            Reviewer reviewer = new Reviewer();
            reviewer.name = "Dana Reviewer";
            reviewer.persist();
            for (String slug : List.of(published, draft)) {
                Topic topic = Topic.findBySlug(slug).orElseThrow();
                topic.reviewer = reviewer;
                topic.lastReviewedOn = java.time.LocalDate.now();
            }
            return reviewer.id;
        });
        sender.sendDue(Instant.now());
        IndexNowStub.reset();
        QuarkusTransaction.requiringNew().run(() -> {
            Reviewer reviewer = Reviewer.findById(reviewerId);
            reviewer.credentials = "MD";
            changes.changed(reviewer);
        });
        assertEquals(1, sender.sendDue(Instant.now()), "the published page only: the draft is nobody's business");
        assertEquals(List.of(BASE + Pages.topic(published)), IndexNowStub.urls());
    }

    @Test
    void aChangeThatRollsBackAnnouncesNothing() {
        String slug = slug("rolled-back");
        topics.publishedWithText(slug, "rolled back");
        sender.sendDue(Instant.now());
        IndexNowStub.reset();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Topic topic = Topic.findBySlug(slug).orElseThrow();
                topic.title = "Never committed";
                changes.changed(topic);
                throw new IllegalStateException("the change fails after it was announced");
            });
        } catch (IllegalStateException expected) {
            // as intended
        }
        assertEquals(0, sender.sendDue(Instant.now()));
        assertTrue(IndexNowStub.RECEIVED.isEmpty());
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSaysInSecondsOrAsADate() {
        String slug = slug("throttled");
        topics.publishedWithText(slug, "throttled");
        double retriedBefore = counter("retried");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // what the database keeps
        IndexNowStub.SCRIPT.add(new IndexNowStub.Reply(429, Map.of("Retry-After", "120"), 0));
        sender.sendDue(now);
        Announcement row = only();
        assertEquals(Announcement.State.PENDING, row.state);
        assertEquals(1, row.attempts);
        assertEquals(429, row.lastStatus);
        assertFalse(row.nextAttemptAt.isBefore(now.plusSeconds(120)), "not before Retry-After: " + row.nextAttemptAt);
        assertEquals(retriedBefore + 1, counter("retried"));

        assertEquals(0, sender.sendDue(now.plusSeconds(119)), "not due yet");
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(600).atOffset(ZoneOffset.UTC));
        IndexNowStub.SCRIPT.add(new IndexNowStub.Reply(503, Map.of("Retry-After", date), 0));
        sender.sendDue(row.nextAttemptAt);
        Announcement again = only();
        assertEquals(2, again.attempts);
        assertFalse(again.nextAttemptAt.isBefore(now.plusSeconds(599)), "the date: " + again.nextAttemptAt);

        sender.sendDue(again.nextAttemptAt);
        assertEquals(Announcement.State.SENT, only().state);
        assertEquals(3, IndexNowStub.RECEIVED.size());
    }

    @Test
    void serverErrorsAndTimeoutsAreRetriedWithGrowingJitteredWaitsThenFailedLoggedAndCounted() {
        String slug = slug("failing");
        topics.publishedWithText(slug, "failing");
        double failedBefore = counter("failed");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // what the database keeps
        IndexNowStub.SCRIPT.add(IndexNowStub.Reply.of(500));
        sender.sendDue(now);
        Announcement first = only();
        Duration firstWait = Duration.between(now, first.nextAttemptAt);
        assertTrue(firstWait.compareTo(Duration.ofSeconds(5)) >= 0 && firstWait.compareTo(Duration.ofSeconds(10)) <= 0,
                "half to all of the 10s backoff: " + firstWait);

        IndexNowStub.delayMillis = 2500; // past the 1s timeout
        sender.sendDue(first.nextAttemptAt);
        Announcement second = only();
        assertEquals(2, second.attempts);
        assertTrue(second.lastError.contains("Timeout"), second.lastError);
        Duration secondWait = Duration.between(first.nextAttemptAt, second.nextAttemptAt);
        assertTrue(secondWait.compareTo(Duration.ofSeconds(10)) >= 0 && secondWait.compareTo(Duration.ofSeconds(21)) <= 0,
                "the backoff doubled: " + secondWait);

        IndexNowStub.delayMillis = 0;
        IndexNowStub.SCRIPT.add(IndexNowStub.Reply.of(502));
        sender.sendDue(second.nextAttemptAt);
        Announcement failed = only();
        assertEquals(Announcement.State.FAILED, failed.state, "the third of three attempts");
        assertEquals(502, failed.lastStatus);
        assertEquals(failedBefore + 1, counter("failed"));
        assertEquals(0, sender.sendDue(second.nextAttemptAt.plus(Duration.ofDays(1))), "failed rows stay failed");

        JsonNode view = Api.indexnow();
        assertTrue(view.get("enabled").asBoolean());
        JsonNode latest = view.get("latest").get(0);
        assertEquals(BASE + Pages.topic(slug), latest.get("url").asText());
        assertEquals("FAILED", latest.get("state").asText());
        assertEquals(3, latest.get("attempts").asInt());
    }

    @Test
    void answersThatWillNotChangeFailAtOnce() {
        for (int status : new int[] { 400, 403, 422 }) {
            emptyOutbox();
            topics.publishedWithText(slug("refused-" + status), "refused");
            IndexNowStub.SCRIPT.add(IndexNowStub.Reply.of(status));
            sender.sendDue(Instant.now());
            Announcement row = only();
            assertEquals(Announcement.State.FAILED, row.state, "HTTP " + status);
            assertEquals(1, row.attempts);
        }
        IndexNowStub.SCRIPT.add(IndexNowStub.Reply.of(202));
        topics.publishedWithText(slug("accepted"), "accepted");
        sender.sendDue(Instant.now());
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Announcement.count("state", Announcement.State.SENT)),
                "202 Accepted is done too");
    }

    @Test
    void aSenderKilledBetweenClaimingAndSendingLosesNothing() {
        String slug = slug("orphaned");
        topics.publishedWithText(slug, "orphaned");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // what the database keeps
        // A replica claims the row, commits the claim and dies before its request leaves.
        Outbox.Batch claimed = outbox.claim(now, 50, Duration.ofSeconds(30));
        assertEquals(1, claimed.ids().size());

        assertEquals(0, sender.sendDue(now.plusSeconds(29)), "the lease is the dead replica's");
        assertTrue(IndexNowStub.RECEIVED.isEmpty());
        assertEquals(1, sender.sendDue(now.plusSeconds(31)), "the lease expired: another sender takes it");
        assertEquals(List.of(BASE + Pages.topic(slug)), IndexNowStub.urls());
        assertEquals(Announcement.State.SENT, only().state);
        // The dead replica's outcome, should it come back, changes nothing: its claim is gone.
        assertEquals(0, outbox.sent(claimed, now, 200));
    }

    @Test
    void burstsGoInBatchesOfAtMostTheBatchSizeEveryAddressOnce() throws Exception {
        List<String> expected = publishMany("batched", 120);
        assertEquals(120, sender.sendDue(Instant.now()));
        assertEquals(3, IndexNowStub.RECEIVED.size(), "50 + 50 + 20");
        IndexNowStub.RECEIVED.forEach(request -> assertTrue(request.get("urlList").size() <= 50));
        assertEquals(expected, IndexNowStub.urls());
    }

    /**
     * Two replicas sending from one database at once (each sender's claims are their own transactions, as on two
     * machines): every address goes out exactly once, and neither waits for the other's locked rows.
     */
    @Test
    void twoSendersOnOneDatabaseSendEachRowOnce() throws Exception {
        List<String> expected = publishMany("two-senders", 150);
        IndexNowStub.delayMillis = 150; // requests overlap
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // what the database keeps
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> send = () -> sender.sendDue(now);
            List<Future<Integer>> sent = replicas.invokeAll(List.of(send, send));
            int total = sent.get(0).get() + sent.get(1).get();
            assertEquals(150, total);
        } finally {
            replicas.shutdown();
        }
        List<String> received = IndexNowStub.urls();
        assertEquals(150, received.size(), "no address twice");
        assertEquals(new HashSet<>(expected), new HashSet<>(received));
    }

    @Test
    void concurrentChangesEachWriteTheirRowsOrNone() throws Exception {
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            slugs.add(slug("concurrent-" + i));
            topics.publishedWithText(slugs.get(i), "concurrent " + i);
        }
        sender.sendDue(Instant.now());
        IndexNowStub.reset();
        ExecutorService editors = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> edits = new ArrayList<>();
            for (String slug : slugs) {
                edits.add(() -> {
                    for (int i = 0; i < 5; i++) {
                        int n = i;
                        topics.change(slug, t -> t.title = "Edit " + n);
                    }
                    return null;
                });
            }
            for (Future<Void> done : editors.invokeAll(edits)) {
                done.get();
            }
        } finally {
            editors.shutdown();
        }
        assertEquals(30, QuarkusTransaction.requiringNew().call(() -> Announcement.count("state", Announcement.State.PENDING)));
        sender.sendDue(Instant.now());
        assertEquals(6, IndexNowStub.urls().size(), "five edits of a page are one announcement");
    }

    @Test
    void theSendsAreAnEditorsViewAndTheCountsAreMetrics() {
        topics.publishedWithText(slug("viewed"), "viewed");
        sender.sendDue(Instant.now());
        given().get("/api/indexnow").then().statusCode(401);
        JsonNode view = Api.indexnow();
        assertEquals(0, view.get("pending").asLong());
        assertEquals("SENT", view.get("latest").get(0).get("state").asText());
        assertEquals(200, view.get("latest").get(0).get("lastStatus").asInt());
        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String series : List.of("explainers_indexnow_urls_total{result=\"sent\"}",
                "explainers_indexnow_urls_total{result=\"retried\"}", "explainers_indexnow_urls_total{result=\"failed\"}",
                "explainers_indexnow_pending")) {
            assertTrue(metrics.contains(series), series);
        }
    }

    private List<String> publishMany(String prefix, int count) {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String slug = slug(prefix + "-" + i);
            topics.publishedWithText(slug, prefix + " " + i);
            urls.add(BASE + Pages.topic(slug));
        }
        return urls;
    }

    private Announcement only() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Announcement> rows = Announcement.listAll();
            assertEquals(1, rows.size());
            return rows.get(0);
        });
    }

    private double counter(String result) {
        return registry.get("explainers.indexnow.urls").tag("result", result).counter().count();
    }

    private static String slug(String prefix) {
        return prefix + "-" + System.nanoTime() % 10_000_000;
    }

    /** The editorial API as the configured administrator (an editor). */
    static final class Api {
        static JsonNode indexnow() {
            String json = given().auth().preemptive().basic("admin", "test-only-admin-password")
                    .accept("application/json").get("/api/indexnow").then().statusCode(200).extract().asString();
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            } catch (Exception e) {
                throw new AssertionError(json, e);
            }
        }
    }
}
