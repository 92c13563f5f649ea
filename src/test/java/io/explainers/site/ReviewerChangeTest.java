package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.explainers.Pages;
import io.explainers.SeedText;
import io.explainers.TestTopics;
import io.explainers.content.ContentVersion;
import io.explainers.content.Reviewer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * A reviewer's new name or credentials reach, on the next request, every page that names them, and only those: the
 * pages of other topics, the lists of topics, the About page and the share cards (which show no reviewer) stay cached.
 * The change is this replica's own, so its poll of the content version does not drop the rest of the cache either.
 */
@QuarkusTest
class ReviewerChangeTest {

    @Inject
    TestTopics topics;
    @Inject
    PageCache cache;
    @Inject
    ReplicaCacheSync sync;
    @Inject
    ContentVersion contentVersion;

    @Test
    void renamingAReviewerEvictsExactlyThePagesThatNameThem() throws Exception {
        Reviewer renamed = topics.reviewer("Dr Jo Byrne", "OTR/L", "Pediatric occupational therapist", null);
        Reviewer other = topics.reviewer("Dr Kim Other", "MD", null, null);
        topics.publishedWithText("named-one", "named one");
        topics.reviewed("named-one", renamed, LocalDate.of(2026, 10, 1));
        topics.publishedWithText("named-two", "named two");
        topics.reviewed("named-two", renamed, LocalDate.of(2026, 10, 2));
        topics.publishedWithText("named-other", "named other");
        topics.reviewed("named-other", other, LocalDate.of(2026, 10, 3));
        sync.sync(contentVersion.current());

        Map<String, CachedPage> kept = new LinkedHashMap<>();
        for (String path : new String[] { "/", "/about", SeedText.PATH, Pages.topic("named-other"),
                Pages.topic("named-one") + "/card.png", Pages.topic("named-two") + "/card.png",
                "/topics/no-such-topic-reviewer" }) {
            given().get(path);
            String key = path.startsWith("/topics/no-such") ? NotFoundPage.KEY : path;
            kept.put(key, cache.peek(key));
            assertNotNull(cache.peek(key), key + " is cached");
        }
        for (String slug : new String[] { "named-one", "named-two" }) {
            assertTrue(Pages.get(Pages.topic(slug)).selectFirst(".review .reviewed").text()
                    .startsWith("Medically reviewed by Dr Jo Byrne, OTR/L, Pediatric occupational therapist on"));
            assertNotNull(cache.peek(Pages.topic(slug)));
        }

        admin().body("{\"name\": \"Dr Jo Byrne-Hall\", \"credentials\": \"OTD, OTR/L\", \"jobTitle\": "
                + "\"Pediatric occupational therapist\", \"url\": \"https://people.example/jo\"}")
                .put("/api/reviewers/" + renamed.id).then().statusCode(200);

        for (String slug : new String[] { "named-one", "named-two" }) {
            assertNull(cache.peek(Pages.topic(slug)), slug + "'s page is dropped at once");
            Document page = Pages.get(Pages.topic(slug));
            assertTrue(page.selectFirst(".review .reviewed").text()
                    .startsWith("Medically reviewed by Dr Jo Byrne-Hall, OTD, OTR/L, Pediatric occupational therapist on"));
            assertEquals("https://people.example/jo", page.selectFirst(".review .reviewed a").attr("href"));
            JsonNode person = null;
            for (JsonNode node : AboutPageTest.graph(page)) {
                if (node.path("@type").asText().equals("Person")) {
                    person = node;
                }
            }
            assertNotNull(person);
            assertEquals("Dr Jo Byrne-Hall", person.get("name").asText());
            assertEquals("OTD, OTR/L", person.get("honorificSuffix").asText());
            assertEquals("https://people.example/jo", person.get("url").asText());
        }
        kept.forEach((key, page) -> assertSame(page, cache.peek(key), key + " was not evicted"));

        assertFalse(sync.sync(contentVersion.current()), "the change was made here: the poll drops nothing");
        kept.forEach((key, page) -> assertSame(page, cache.peek(key), key + " survives the poll"));
    }

    @Test
    void sendingAReviewerBackUnchangedEvictsNothing() {
        Reviewer same = topics.reviewer("Dr Same", null, null, null);
        topics.publishedWithText("named-same", "named same");
        topics.reviewed("named-same", same, LocalDate.of(2026, 10, 4));
        given().get(Pages.topic("named-same")).then().statusCode(200);
        CachedPage before = cache.peek(Pages.topic("named-same"));
        long version = contentVersion.current();

        admin().body("{\"name\": \"Dr Same\"}").put("/api/reviewers/" + same.id).then().statusCode(200);

        assertSame(before, cache.peek(Pages.topic("named-same")));
        assertEquals(version, contentVersion.current(), "no change, no new content version");
    }

    /**
     * Two editors changing one reviewer: the change based on the version that is no longer current is refused with 409,
     * as for topics, and the first stands. A PUT that names no version changes whatever is current.
     */
    @Test
    void aChangeBasedOnAnOldVersionOfAReviewerIsRefused() {
        String path = admin().body("{\"name\": \"Dr Two Editors\"}").post("/api/reviewers").then().statusCode(201)
                .header("ETag", "\"0\"").extract().header("Location").replaceFirst("^https?://[^/]+", "");
        String etag = admin().get(path).then().statusCode(200).extract().header("ETag");
        assertEquals("\"0\"", etag);

        admin().header("If-Match", etag).body("{\"name\": \"Dr Two Editors, MD\"}").put(path).then().statusCode(200)
                .header("ETag", "\"1\"").body("version", org.hamcrest.Matchers.equalTo(1));
        admin().header("If-Match", etag).body("{\"name\": \"Dr Lost Change\"}").put(path).then().statusCode(409)
                .contentType("application/problem+json").body("currentVersion", org.hamcrest.Matchers.equalTo(1));
        admin().body("{\"name\": \"Dr Lost Change\", \"version\": 0}").put(path).then().statusCode(409);
        admin().get(path).then().body("name", org.hamcrest.Matchers.equalTo("Dr Two Editors, MD"));

        admin().body("{\"name\": \"Dr Two Editors, PhD\"}").put(path).then().statusCode(200).header("ETag", "\"2\"");
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "test-only-admin-password").contentType("application/json");
    }
}
