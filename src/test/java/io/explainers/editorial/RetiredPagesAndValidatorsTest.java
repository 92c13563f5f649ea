package io.explainers.editorial;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.explainers.Pages;
import io.explainers.SeedText;
import io.explainers.TestTopics;
import io.explainers.site.PageCache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Archived topics answer 410, unpublished ones 404, and neither is listed; the validators of listing pages and topic
 * pages never go backwards; redirects keep the query.
 */
@QuarkusTest
class RetiredPagesAndValidatorsTest {

    static final RestAssuredConfig NO_REDIRECTS = RestAssuredConfig.config()
            .redirect(RedirectConfig.redirectConfig().followRedirects(false));

    @Inject
    PageCache cache;
    @Inject
    TestTopics topics;

    @BeforeAll
    static void users() {
        Api.ensureUsers();
    }

    /**
     * The regression the issue describes: publish a second topic, take the home page's Last-Modified, unpublish it.
     * The home page, the sitemap and the seed page changed (the topic left the list, the sitemap and "More
     * explainers"): none may answer 304 to that date, and each has a newer one.
     */
    @Test
    void unpublishingTheNewestTopicMovesValidatorsForward() throws InterruptedException {
        topics.settledClock();
        String slug = Api.uniqueSlug("newest-then-withdrawn");
        Api.create(Api.document(slug));
        Api.publish(slug);
        topics.clockCaughtUp();
        List<String> paths = List.of("/", "/sitemap.xml", SeedText.PATH, "/feed.xml");
        Map<String, ExtractableResponse<Response>> before = Map.of(
                "/", fetch("/"), "/sitemap.xml", fetch("/sitemap.xml"), SeedText.PATH, fetch(SeedText.PATH),
                "/feed.xml", fetch("/feed.xml"));
        String homeDate = before.get("/").header("Last-Modified");

        Api.editor().post("/api/topics/" + slug + "/unpublish").then().statusCode(200);

        for (String path : paths) {
            ExtractableResponse<Response> after = given().header("If-Modified-Since", homeDate).get(path).then()
                    .extract();
            assertEquals(200, after.statusCode(), path + " changed, so it is not 304 to " + homeDate);
            String etag = before.get(path).header("ETag");
            assertEquals(200, given().header("If-None-Match", etag).get(path).statusCode(), path + " with " + etag);
            assertNotEquals(etag, after.header("ETag"), path);
        }
        // Dated with the clock until it catches up with the change (RFC 9110 8.8.2.1), then with the change.
        topics.clockCaughtUp();
        for (String path : paths) {
            String lastModified = fetch(path).header("Last-Modified");
            assertTrue(date(lastModified).isAfter(date(homeDate)), path + ": " + lastModified + " is newer than " + homeDate);
        }
        // Cold: an empty cache renders the same newer validators from the database.
        String warm = fetch("/").header("Last-Modified");
        cache.evictAll();
        assertEquals(warm, fetch("/").header("Last-Modified"));
        assertEquals(200, given().header("If-Modified-Since", homeDate).get("/").statusCode());
    }

    /**
     * Two changes in one second: a client that saw the first gets the second, not a 304, and once the clock has caught
     * up the second has a date of its own.
     */
    @Test
    void twoChangesInOneSecondGiveTwoDates() throws InterruptedException {
        topics.settledClock();
        String slug = Api.uniqueSlug("quick-changes");
        Api.create(Api.document(slug));
        Api.publish(slug);
        topics.clockCaughtUp();
        String first = fetch("/").header("Last-Modified");
        Api.editor().post("/api/topics/" + slug + "/unpublish").then().statusCode(200);
        Api.publish(slug);
        assertEquals(200, given().header("If-Modified-Since", first).get("/").statusCode());
        topics.clockCaughtUp();
        String second = fetch("/").header("Last-Modified");
        assertTrue(date(second).isAfter(date(first)), second + " after " + first);
        assertEquals(304, given().header("If-Modified-Since", second).get("/").statusCode());
    }

    @Test
    void anArchivedTopicIsGoneWithACalmPageAtEverySpelling() {
        String slug = Api.uniqueSlug("retired");
        Api.create(Api.document(slug));
        Api.publish(slug);
        Api.editor().delete("/api/topics/" + slug).then().statusCode(200);
        cache.evictAll(); // cold

        Document page = Pages.get(Pages.topic(slug), 410);
        assertEquals("This explainer has been retired", page.selectFirst("h1").text());
        assertTrue(Pages.visibleText(page).contains("What is sensory play for toddlers?"), "names what was here");
        assertTrue(page.selectFirst(".lead").text().endsWith("home page or read one of our latest explainers below."),
                page.selectFirst(".lead").text());
        assertFalse(page.select("main a[href=/]").isEmpty(), "links home");
        assertFalse(page.select("main .topic-list a").isEmpty(), "offers other topics");
        assertTrue(page.select("main .topic-list a[href=" + Pages.topic(slug) + "]").isEmpty(), "not itself");
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(page.select("link[rel=canonical]").isEmpty());

        // Other spellings lead to the one address, which is gone.
        for (String spelling : List.of("/topics/" + slug.toUpperCase(), "/topics/" + slug + "/")) {
            String location = given().config(NO_REDIRECTS).get(spelling).then().statusCode(301).extract()
                    .header("Location");
            assertTrue(location.endsWith(Pages.topic(slug)), spelling + " -> " + location);
        }

        assertFalse(listed(slug), "neither in the sitemap nor the feed");
    }

    @Test
    void aRenamedThenArchivedTopicIsGoneAtItsFormerAddressToo() {
        String slug = Api.uniqueSlug("renamed-retired");
        Api.create(Api.document(slug));
        Api.publish(slug);
        String renamed = slug + "-new";
        rename(slug, renamed);
        Api.editor().delete("/api/topics/" + renamed).then().statusCode(200);
        cache.evictAll();
        Pages.get(Pages.topic(slug), 410);
        Pages.get(Pages.topic(renamed), 410);
    }

    @Test
    void anUnpublishedTopicIsNotFoundAndNotListed() {
        String slug = Api.uniqueSlug("withdrawn");
        Api.create(Api.document(slug));
        Api.publish(slug);
        Api.editor().post("/api/topics/" + slug + "/unpublish").then().statusCode(200);
        cache.evictAll();
        Document page = Pages.get(Pages.topic(slug), 404);
        assertEquals("We couldn’t find that page", page.selectFirst("h1").text());
        assertFalse(listed(slug));
    }

    @Test
    void redirectsKeepTheQuery() {
        String slug = Api.uniqueSlug("kept-query");
        Api.create(Api.document(slug));
        Api.publish(slug);
        String renamed = slug + "-moved";
        rename(slug, renamed);
        String query = "?utm_source=newsletter&utm_medium=email";
        Map<String, String> redirects = Map.of(
                "/topics/" + slug + query, Pages.topic(renamed) + query, // a former slug
                "/topics/" + renamed.toUpperCase() + query, Pages.topic(renamed) + query, // case
                "/topics/" + renamed + "/" + query, Pages.topic(renamed) + query, // a trailing slash
                "/topics/" + slug + "/card.png" + query, Pages.topic(renamed) + "/card.png" + query);
        redirects.forEach((from, to) -> {
            String location = given().config(NO_REDIRECTS).urlEncodingEnabled(false).get(from).then().statusCode(301)
                    .extract().header("Location");
            assertTrue(location.endsWith(to), from + " -> " + location + ", not " + to);
        });
    }

    /** Renames through the API: the topic's own document with a new slug. */
    static void rename(String slug, String renamed) {
        ObjectNode document = (ObjectNode) Api.get(slug);
        document.put("slug", renamed);
        Api.editor().body(Api.write(document)).put("/api/topics/" + slug).then().statusCode(200);
    }

    private static boolean listed(String slug) {
        String sitemap = given().get("/sitemap.xml").then().statusCode(200).extract().asString();
        String feed = given().get("/feed.xml").then().statusCode(200).extract().asString();
        return sitemap.contains(Pages.topic(slug) + "<") || feed.contains(Pages.topic(slug) + "\"")
                || Jsoup.parse(given().get("/").asString()).select("a[href=" + Pages.topic(slug) + "]").size() > 0;
    }

    private static ExtractableResponse<Response> fetch(String path) {
        return given().get(path).then().statusCode(200).extract();
    }

    private static Instant date(String httpDate) {
        return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }
}
