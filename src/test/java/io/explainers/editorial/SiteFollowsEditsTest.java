package io.explainers.editorial;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.explainers.Pages;
import io.explainers.SeedText;
import io.explainers.site.CachedPage;
import io.explainers.site.PageCache;
import io.quarkus.test.junit.QuarkusTest;

/** What editors do through the API is what the site serves on the very next request: page, home, sitemap, JSON-LD. */
@QuarkusTest
class SiteFollowsEditsTest {

    static final String SEED_PATH = SeedText.PATH;

    @Inject
    PageCache cache;

    @BeforeEach
    void users() {
        Api.ensureUsers();
    }

    @Test
    void publishingPutsItOnTheSiteAndUnpublishingOrArchivingTakesItOff() {
        String slug = Api.uniqueSlug("on-and-off");
        String path = Pages.topic(slug);
        Api.create(Api.document(slug));
        Pages.get(path, 404);
        assertFalse(onHome(slug));
        assertFalse(inSitemap(slug));

        Api.publish(slug);
        assertEquals("What is sensory play for toddlers?", Pages.get(path).selectFirst("h1").text());
        assertTrue(onHome(slug));
        assertTrue(inSitemap(slug));

        Api.editor().post("/api/topics/" + slug + "/unpublish").then().statusCode(200);
        Pages.get(path, 404);
        assertFalse(onHome(slug));
        assertFalse(inSitemap(slug));

        Api.publish(slug);
        Pages.get(path);
        Api.editor().delete("/api/topics/" + slug).then().statusCode(200);
        Pages.get(path, 410); // archived: gone for good, which search engines act on at once
        assertFalse(onHome(slug));
        assertFalse(inSitemap(slug));
        assertFalse(Pages.get("/topics/no-such-page-" + slug, 404).select(".topic-list a[href=" + path + "]").size() > 0,
                "the 404 page's list of topics forgets it too");
    }

    @Test
    void anEditChangesThePageAndItsETagAtOnceAndNoOtherPage() {
        String slug = Api.uniqueSlug("edited-live");
        String path = Pages.topic(slug);
        Api.create(Api.document(slug));
        Api.publish(slug);
        String before = given().get(path).then().statusCode(200).extract().header("ETag");
        given().get(SEED_PATH).then().statusCode(200);
        CachedPage seedBefore = cache.peek(SEED_PATH);
        assertNotNull(seedBefore, "the seed page is cached");

        // The topic's own text: what other pages show of it (its title, in "More explainers") stays as it was.
        ObjectNode document = (ObjectNode) Api.get(slug);
        document.put("intro", "What is sensory play for toddlers, really? Play that wakes up every sense.");
        document.withArray("faq").addObject().put("question", "Can babies join?").put("answer",
                "Yes, with a grown-up close by.");
        Api.editor().body(Api.write(document)).put("/api/topics/" + slug).then().statusCode(200);

        io.restassured.response.Response after = given().get(path);
        assertNotEquals(before, after.header("ETag"));
        Document page = org.jsoup.Jsoup.parse(after.asString());
        assertTrue(
                Pages.visibleText(page).contains("What is sensory play for toddlers, really? Play that wakes up every sense."));
        assertTrue(Pages.visibleText(page).contains("Can babies join?"));
        JsonNode graph = Api.read(page.selectFirst("script[type=application/ld+json]").data()).get("@graph");
        assertTrue(graph.toString().contains("Can babies join?"), "the structured data follows");
        assertNull(cache.peek("/"), "the home page, which lists topics, renders again");

        // The unrelated seed page was not evicted: same cached bytes, same ETag.
        assertSame(seedBefore, cache.peek(SEED_PATH));
        given().get(SEED_PATH).then().statusCode(200).header("ETag", seedBefore.gzipEtag()); // RestAssured asks for gzip
    }

    @Test
    void restoringARevisionAndReviewingShowOnThePage() {
        String slug = Api.uniqueSlug("restored-live");
        String path = Pages.topic(slug);
        Api.create(Api.document(slug));
        Api.publish(slug);
        ObjectNode document = (ObjectNode) Api.get(slug);
        document.put("intro", "A rewritten first paragraph about sensory play for toddlers.");
        Api.editor().body(Api.write(document)).put("/api/topics/" + slug).then().statusCode(200);
        assertTrue(Pages.visibleText(Pages.get(path)).contains("A rewritten first paragraph"));

        Api.editor().post("/api/topics/" + slug + "/revisions/1/restore").then().statusCode(200);
        String text = Pages.visibleText(Pages.get(path));
        assertFalse(text.contains("A rewritten first paragraph"));
        assertTrue(text.contains("Sensory play for toddlers is play that uses touch"));

        long ada = Api.reviewer("Dr Ada Lane", "MD, FAAP", "Pediatrician", null);
        Api.as(Api.REVIEWER).body(Api.review(ada, "2026-11-20")).post("/api/topics/" + slug + "/review").then()
                .statusCode(200);
        Document page = Pages.get(path);
        assertEquals("Medically reviewed by Dr Ada Lane, MD, FAAP, Pediatrician on 20 November 2026",
                page.selectFirst(".review .reviewed").text());
        assertNull(page.selectFirst(".review .reviewed a"), "no profile, no link");
        JsonNode graph = Api.read(page.selectFirst("script[type=application/ld+json]").data()).get("@graph");
        JsonNode article = node(graph, "MedicalWebPage");
        assertEquals("2026-11-20", article.get("lastReviewed").asText());
        JsonNode person = node(graph, "Person");
        assertEquals(person.get("@id").asText(), article.at("/reviewedBy/@id").asText());
        assertEquals("Dr Ada Lane", person.get("name").asText());
        assertEquals("MD, FAAP", person.get("honorificSuffix").asText());
        assertEquals("Pediatrician", person.get("jobTitle").asText());
    }

    @Test
    void sourcesShowAtOnceAndComeBackWithTheRevisionTheyWereIn() {
        String slug = Api.uniqueSlug("sourced");
        String path = Pages.topic(slug);
        ObjectNode document = Api.document(slug);
        document.putArray("sources").addObject().put("title", "Sensory play, explained").put("publisher", "Play Council")
                .put("url", "https://play.example/sensory").put("accessed", "2026-11-20");
        Api.create(document);
        Api.publish(slug);
        Document page = Pages.get(path);
        assertEquals(List.of("Sensory play, explained, Play Council. Accessed 20 November 2026."),
                page.select("article .sources li").eachText());

        // Revision 3: another list; the page shows it on the next request.
        ObjectNode current = (ObjectNode) Api.get(slug);
        ArrayNode sources = current.putArray("sources");
        sources.addObject().put("title", "Messy play at home").put("publisher", "Parents Guide")
                .put("url", "https://parents.example/messy");
        sources.addObject().put("title", "Toddler development").put("publisher", "Child Health Institute")
                .put("url", "https://child.example/toddlers").put("accessed", "2026-10-01");
        JsonNode updated = Api.read(Api.editor().body(Api.write(current)).put("/api/topics/" + slug).then().statusCode(200)
                .extract().asString());
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertEquals(today, updated.at("/sources/0/accessed").asText(), "left out, it was read today");
        page = Pages.get(path);
        assertEquals(List.of("Messy play at home", "Toddler development"), page.select("article .sources li a").eachText());
        assertEquals(List.of("https://parents.example/messy", "https://child.example/toddlers"),
                page.select("article .sources li a").eachAttr("href"));

        // Restoring revision 1 (created) brings its one source back.
        Api.editor().post("/api/topics/" + slug + "/revisions/1/restore").then().statusCode(200);
        assertEquals(List.of("Sensory play, explained"), Pages.get(path).select("article .sources li a").eachText());
        JsonNode restored = Api.get(slug);
        assertEquals(1, restored.get("sources").size());
        assertEquals("2026-11-20", restored.at("/sources/0/accessed").asText());
    }

    @Test
    void restoringARevisionBringsBackTheReviewItRecorded() {
        String slug = Api.uniqueSlug("review-restored");
        Api.create(Api.document(slug));
        Api.publish(slug);
        long first = Api.reviewer("Dr First", null, null, null);
        long second = Api.reviewer("Dr Second", null, null, null);
        Api.as(Api.REVIEWER).body(Api.review(first, "2026-01-10")).post("/api/topics/" + slug + "/review").then()
                .statusCode(200); // revision 3
        Api.as(Api.REVIEWER).body(Api.review(second, "2026-02-10")).post("/api/topics/" + slug + "/review").then()
                .statusCode(200); // revision 4

        Api.editor().post("/api/topics/" + slug + "/revisions/3/restore").then().statusCode(200);
        JsonNode restored = Api.get(slug);
        assertEquals("Dr First", restored.at("/reviewer/name").asText());
        assertEquals("2026-01-10", restored.get("lastReviewedOn").asText());
        assertTrue(Pages.get(Pages.topic(slug)).selectFirst(".review .reviewed").text().contains("Dr First"));

        // Revision 1 was never reviewed: restoring its text leaves the current review as it is.
        Api.editor().post("/api/topics/" + slug + "/revisions/1/restore").then().statusCode(200);
        assertEquals("Dr First", Api.get(slug).at("/reviewer/name").asText());
    }

    private static JsonNode node(JsonNode graph, String type) {
        for (JsonNode node : graph) {
            if (node.path("@type").toString().contains("\"" + type + "\"")) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " node in " + graph);
    }

    private static boolean onHome(String slug) {
        return !Pages.get("/").select(".topic-list a[href=/topics/" + slug + "]").isEmpty();
    }

    private static boolean inSitemap(String slug) {
        return given().get("/sitemap.xml").then().statusCode(200).extract().asString()
                .contains("<loc>http://localhost:8080/topics/" + slug + "</loc>");
    }
}
