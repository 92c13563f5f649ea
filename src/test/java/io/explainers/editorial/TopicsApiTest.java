package io.explainers.editorial;

import static io.explainers.editorial.Api.ADMIN;
import static io.explainers.editorial.Api.REVIEWER;
import static io.explainers.editorial.Api.as;
import static io.explainers.editorial.Api.editor;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.explainers.Management;
import io.explainers.Pages;
import io.explainers.SeedText;
import io.explainers.content.ContentVersion;
import io.explainers.content.Topic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Every endpoint of the editorial API doing its job, with fresh topics so the seed stays as it is. */
@QuarkusTest
class TopicsApiTest {

    @Inject
    ContentVersion contentVersion;

    @BeforeEach
    void users() {
        Api.ensureUsers();
    }

    /**
     * An editor's tool may save a topic it did not change: that is no change, so no revision, no new version or date, and
     * nothing the site or search engines are told about (the content version, which the pages, the sitemap and the feed
     * follow, stays).
     */
    @Test
    void savingATopicAsItIsChangesNothing() {
        String slug = Api.uniqueSlug("saved-as-it-was");
        Api.create(Api.document(slug));
        Api.publish(slug);
        long contentBefore = contentVersion.current();
        ObjectNode current = (ObjectNode) Api.get(slug);

        JsonNode saved = Api.read(editor().body(Api.write(current)).put("/api/topics/" + slug).then().statusCode(200)
                .header("ETag", "\"" + current.get("version").asLong() + "\"").extract().asString());
        assertEquals(current, saved);
        assertEquals(current, Api.get(slug));
        assertEquals(2, revisions(slug).size(), "created and published, nothing more");
        assertEquals(contentBefore, contentVersion.current(), "nothing for the site, the sitemap or the feed");
        // Nor is restoring the revision that is current.
        JsonNode restored = Api.read(editor().post("/api/topics/" + slug + "/revisions/2/restore").then().statusCode(200)
                .header("ETag", "\"" + current.get("version").asLong() + "\"").extract().asString());
        assertEquals(current, restored);
        assertEquals(2, revisions(slug).size(), "no revision for a restore that changed nothing");
        assertEquals(contentBefore, contentVersion.current());

        current.put("title", "A title that changed");
        JsonNode changed = Api.read(editor().body(Api.write(current)).put("/api/topics/" + slug).then().statusCode(200)
                .extract().asString());
        assertEquals(current.get("version").asLong() + 1, changed.get("version").asLong());
        assertEquals(3, revisions(slug).size());
    }

    @Test
    void getReturnsTheFullDocumentWithItsVersionAsETag() {
        io.restassured.response.Response response = as(REVIEWER).get("/api/topics/" + SeedText.SLUG);
        response.then().statusCode(200).contentType("application/json");
        JsonNode seed = Api.read(response);
        assertEquals("\"" + seed.get("version").asLong() + "\"", response.header("ETag"));
        for (String field : List.of("slug", "title", "focusPhrase", "metaDescription", "intro", "inSimpleTerms", "sections",
                "faqHeading", "faq", "audience", "about", "status", "publishedAt", "modifiedAt", "lastReviewedOn", "reviewer",
                "reviewNote",
                "version")) {
            assertTrue(seed.has(field), field);
        }
        assertEquals("PUBLISHED", seed.get("status").asText());
        assertEquals("2026-11-27T09:00:00Z", seed.get("publishedAt").asText(), "ISO-8601 dates");
        assertEquals(4, seed.get("sections").size());
        assertEquals("At home:", seed.at("/sections/3/items/0/label").asText());
        assertEquals("BULLET", seed.at("/sections/3/items/0/kind").asText());
        assertEquals(3, seed.get("faq").size());
        assertEquals(18, seed.at("/audience/childMaxAge").asInt());
        assertEquals("OccupationalTherapy", seed.at("/about/type").asText());
    }

    @Test
    void listHasEveryTopicWithItsStatus() {
        String draft = Api.uniqueSlug("listed-draft");
        String published = Api.uniqueSlug("listed-published");
        String archived = Api.uniqueSlug("listed-archived");
        Api.create(Api.document(draft));
        Api.create(Api.document(published));
        Api.publish(published);
        Api.create(Api.document(archived));
        editor().delete("/api/topics/" + archived).then().statusCode(200);

        JsonNode list = Api
                .read(as(REVIEWER).get("/api/topics?size=" + ApiPage.MAX_SIZE).then().statusCode(200).extract().asString());
        assertEquals("DRAFT", statusIn(list, draft));
        assertEquals("PUBLISHED", statusIn(list, published));
        assertEquals("ARCHIVED", statusIn(list, archived));
        assertEquals("PUBLISHED", statusIn(list, SeedText.SLUG));
    }

    @Test
    void createMakesADraftWithALocationAndAFirstRevision() {
        String slug = Api.uniqueSlug("created");
        ObjectNode document = Api.document(slug);
        document.put("status", "PUBLISHED"); // the server's to set: ignored
        document.put("version", 41);
        io.restassured.response.Response response = editor().body(Api.write(document)).post("/api/topics");
        response.then().statusCode(201);
        assertTrue(response.header("Location").endsWith("/api/topics/" + slug), response.header("Location"));
        JsonNode created = Api.read(response);
        assertEquals("DRAFT", created.get("status").asText());
        assertEquals(0, created.get("version").asLong());
        assertEquals("\"0\"", response.header("ETag"));
        assertTrue(created.get("publishedAt").isNull());
        assertEquals(Api.get(slug), created, "what POST answers is what GET returns");

        JsonNode revisions = Api
                .read(as(ADMIN).get("/api/topics/" + slug + "/revisions").then().statusCode(200).extract().asString());
        assertEquals(1, revisions.size());
        assertEquals(1, revisions.get(0).get("number").asInt());
        assertEquals(Api.EDITOR, revisions.get(0).get("author").asText());
        assertEquals("created", revisions.get(0).get("action").asText());
    }

    @Test
    void anEditorCanGetChangeAFieldAndPutItBack() {
        String slug = Api.uniqueSlug("round-trip");
        Api.create(Api.document(slug));
        ObjectNode document = (ObjectNode) Api.get(slug);
        document.put("title", "What is sensory play for toddlers and babies?");
        JsonNode updated = Api.read(editor().body(Api.write(document)).put("/api/topics/" + slug).then().statusCode(200)
                .header("ETag", "\"1\"").extract().asString());
        assertEquals("What is sensory play for toddlers and babies?", updated.get("title").asText());
        assertEquals(1, updated.get("version").asLong());

        // The version may come as If-Match instead of in the body.
        ObjectNode again = (ObjectNode) Api.get(slug);
        again.remove("version");
        again.put("inSimpleTerms", "Sensory play is learning with all five senses.");
        editor().header("If-Match", "\"1\"").body(Api.write(again)).put("/api/topics/" + slug).then().statusCode(200)
                .header("ETag", "\"2\"");
        assertEquals("Sensory play is learning with all five senses.", Api.get(slug).get("inSimpleTerms").asText());

        // Sections can shrink, grow and change in place.
        ObjectNode changed = (ObjectNode) Api.get(slug);
        ((com.fasterxml.jackson.databind.node.ArrayNode) changed.get("sections")).remove(0);
        editor().body(Api.write(changed)).put("/api/topics/" + slug).then().statusCode(200);
        ObjectNode grown = (ObjectNode) Api.get(slug);
        grown.withArray("sections").addObject().put("heading", "Ideas to try")
                .putArray("items").addObject().put("kind", "PARAGRAPH").put("text", "Try a tray of dry rice.");
        grown.withArray("faq").addObject().put("question", "How long?").put("answer", "Ten minutes is plenty.");
        JsonNode last = Api
                .read(editor().body(Api.write(grown)).put("/api/topics/" + slug).then().statusCode(200).extract().asString());
        assertEquals(List.of("Why it helps", "Ideas to try"), last.get("sections").findValuesAsText("heading"));
        assertEquals(2, last.get("faq").size());
        assertEquals(5, revisionCount(slug));
    }

    @Test
    void putNeedsTheVersionItIsBasedOn() {
        String slug = Api.uniqueSlug("versioned");
        Api.create(Api.document(slug));
        ObjectNode document = (ObjectNode) Api.get(slug);
        document.remove("version");
        JsonNode problem = Api.read(editor().body(Api.write(document)).put("/api/topics/" + slug).then().statusCode(428)
                .contentType("application/problem+json").extract().asString());
        assertEquals("version", problem.at("/errors/0/field").asText());

        document.put("version", 0);
        editor().body(Api.write(document.put("title", "Versioned, then changed"))).put("/api/topics/" + slug).then()
                .statusCode(200);
        // The same document again is now based on a stale version.
        JsonNode stale = Api.read(editor().body(Api.write(document.put("title", "Lost"))).put("/api/topics/" + slug)
                .then().statusCode(409).contentType("application/problem+json").extract().asString());
        assertEquals(1, stale.get("currentVersion").asLong());
        assertEquals(409, stale.get("status").asInt());
        assertFalse(Api.get(slug).get("title").asText().equals("Lost"));
        editor().header("If-Match", "\"0\"").body(Api.write(document.put("version", (String) null)))
                .put("/api/topics/" + slug).then().statusCode(409);
        assertEquals(2, revisionCount(slug));
    }

    @Test
    void ifMatchStarMeansWhateverVersionIsCurrent() {
        String slug = Api.uniqueSlug("any-version");
        Api.create(Api.document(slug));
        ObjectNode document = (ObjectNode) Api.get(slug);
        document.remove("version");
        document.put("title", "What is sensory play for toddlers, really?");
        editor().header("If-Match", "*").body(Api.write(document)).put("/api/topics/" + slug).then().statusCode(200)
                .header("ETag", "\"1\"");
        assertEquals("What is sensory play for toddlers, really?", Api.get(slug).get("title").asText());
        editor().header("If-Match", " * ").post("/api/topics/" + slug + "/publish").then().statusCode(200);
        assertEquals("PUBLISHED", Api.get(slug).get("status").asText());
        // It agrees with any version, but a stale version in the body is still stale.
        editor().header("If-Match", "*").body(Api.write(document.put("version", 0))).put("/api/topics/" + slug)
                .then().statusCode(409);
        assertEquals(3, revisionCount(slug));
    }

    @Test
    void renamingKeepsTheOldSlugAndRefusesATakenOne() {
        String slug = Api.uniqueSlug("old-name");
        Api.create(Api.document(slug));
        Api.publish(slug);
        ObjectNode document = (ObjectNode) Api.get(slug);
        String renamed = slug.replace("old-name", "new-name");
        document.put("slug", renamed);
        editor().body(Api.write(document)).put("/api/topics/" + slug).then().statusCode(200);
        Api.get(renamed);
        as(ADMIN).get("/api/topics/" + slug).then().statusCode(404).contentType("application/problem+json");
        given().redirects().follow(false).get(Pages.topic(slug)).then().statusCode(301)
                .header("Location", "http://localhost:8080/topics/" + renamed);

        // Neither another topic's address nor one it used to have can be taken.
        String other = Api.uniqueSlug("other");
        Api.create(Api.document(other));
        for (String taken : List.of(renamed, slug, SeedText.SLUG)) {
            ObjectNode clash = (ObjectNode) Api.get(other);
            clash.put("slug", taken);
            JsonNode problem = Api.read(editor().body(Api.write(clash)).put("/api/topics/" + other).then().statusCode(409)
                    .contentType("application/problem+json").extract().asString());
            assertEquals("slug", problem.at("/errors/0/field").asText());
            editor().body(Api.write(Api.document(taken))).post("/api/topics").then().statusCode(409);
        }

        // A topic may move back to its own former address.
        ObjectNode back = (ObjectNode) Api.get(renamed);
        back.put("slug", slug);
        editor().body(Api.write(back)).put("/api/topics/" + renamed).then().statusCode(200);
        given().get(Pages.topic(slug)).then().statusCode(200);
        given().redirects().follow(false).get(Pages.topic(renamed)).then().statusCode(301);
    }

    @Test
    void publishUnpublishAndArchiveChangeTheStatus() {
        String slug = Api.uniqueSlug("lifecycle");
        Api.create(Api.document(slug));
        JsonNode published = Api.publish(slug);
        assertEquals("PUBLISHED", published.get("status").asText());
        String firstPublished = published.get("publishedAt").asText();
        assertNotNull(firstPublished);
        // Publishing what is published changes nothing and writes no revision.
        assertEquals(published, Api.publish(slug));

        // The version it is based on may come in the body, as a PUT's does.
        JsonNode draft = Api.read(editor().body("{\"version\": " + published.get("version").asLong() + "}")
                .post("/api/topics/" + slug + "/unpublish").then().statusCode(200).extract().asString());
        assertEquals("DRAFT", draft.get("status").asText());
        assertEquals(firstPublished, Api.publish(slug).get("publishedAt").asText(), "publishedAt is set the first time only");

        JsonNode archived = Api.read(editor().delete("/api/topics/" + slug).then().statusCode(200).extract().asString());
        assertEquals("ARCHIVED", archived.get("status").asText());
        // Archived is kept: the API still has it, with every revision.
        assertEquals("ARCHIVED", Api.get(slug).get("status").asText());
        List<String> actions = actions(slug);
        assertEquals(List.of("created", "published", "unpublished", "published", "archived"), actions);
        // An archived topic can be published again.
        assertEquals("PUBLISHED", Api.publish(slug).get("status").asText());
    }

    /**
     * A topic's modification date is when its content last changed: the page's "Last updated", its dateModified and the
     * sitemap's lastmod. Taking it off the site and putting it back changes none of them; an edit does.
     */
    @Test
    void publishingAgainKeepsTheDatesAndAnEditMovesThem() {
        String slug = Api.uniqueSlug("republished");
        Api.create(Api.document(slug));
        JsonNode first = Api.publish(slug);
        assertEquals(first.get("publishedAt"), first.get("modifiedAt"), "first published is also last updated");
        Instant longAgo = Instant.parse("2026-03-02T10:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> {
            Topic topic = Topic.findBySlug(slug).orElseThrow();
            topic.publishedAt = longAgo;
            topic.modifiedAt = longAgo;
        });

        editor().post("/api/topics/" + slug + "/unpublish").then().statusCode(200);
        Pages.get("/topics/" + slug, 404);
        JsonNode again = Api.publish(slug);
        assertEquals(longAgo.toString(), again.get("modifiedAt").asText());
        assertEquals(longAgo.toString(), again.get("publishedAt").asText());
        Document page = Pages.get("/topics/" + slug);
        assertTrue(page.html().contains("\"dateModified\":\"" + longAgo + "\""), "the structured data's dateModified");
        assertEquals("2026-03-02", page.selectFirst(".updated time").attr("datetime"), "the page's Last updated");
        Document sitemap = Jsoup.parse(given().get("/sitemap.xml").asString(), "", Parser.xmlParser());
        assertEquals(longAgo.toString(), sitemap.selectFirst("url:has(loc:containsOwn(/topics/" + slug + ")) > lastmod")
                .text(), "the sitemap's lastmod");
        editor().delete("/api/topics/" + slug).then().statusCode(200);
        assertEquals(longAgo.toString(), Api.publish(slug).get("modifiedAt").asText(), "archived and back: the same");

        ObjectNode edited = (ObjectNode) Api.get(slug);
        edited.put("title", "What is republishing, edited?");
        JsonNode saved = Api.read(editor().body(Api.write(edited)).put("/api/topics/" + slug).then().statusCode(200)
                .extract().asString());
        assertTrue(Instant.parse(saved.get("modifiedAt").asText()).isAfter(longAgo), "an edit is a change of content");
        assertEquals(longAgo.toString(), saved.get("publishedAt").asText());
    }

    @Test
    void reviewRecordsWhoCheckedItAndWhen() {
        String slug = Api.uniqueSlug("reviewed");
        Api.create(Api.document(slug));
        long ada = Api.reviewer("Dr Ada Lane", "OTR/L", "Pediatric occupational therapist", "https://people.example/ada");
        JsonNode reviewed = Api.read(as(REVIEWER)
                .body("{\"reviewerId\": " + ada + ", \"reviewedOn\": \"2026-11-20\", \"note\": \"sections 1-3\"}")
                .post("/api/topics/" + slug + "/review").then().statusCode(200).extract().asString());
        assertEquals(ada, reviewed.at("/reviewer/id").asLong());
        assertEquals("Dr Ada Lane", reviewed.at("/reviewer/name").asText());
        assertEquals("OTR/L", reviewed.at("/reviewer/credentials").asText());
        assertEquals("Pediatric occupational therapist", reviewed.at("/reviewer/jobTitle").asText());
        assertEquals("https://people.example/ada", reviewed.at("/reviewer/url").asText());
        assertEquals("sections 1-3", reviewed.get("reviewNote").asText());
        assertEquals("2026-11-20", reviewed.get("lastReviewedOn").asText());
        long sam = Api.reviewer("Sam Reviewer", null, null, null);
        JsonNode today = Api.read(as(ADMIN).body(Api.review(sam, null))
                .post("/api/topics/" + slug + "/review").then().statusCode(200).extract().asString());
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), today.get("lastReviewedOn").asText());
        assertEquals("Sam Reviewer", today.at("/reviewer/name").asText());
        assertTrue(today.get("reviewNote").isNull(), "a review without a note has none, not the last one's");
        List<JsonNode> revisions = revisions(slug);
        assertEquals(REVIEWER, revisions.get(1).get("author").asText());
        assertEquals("reviewed", revisions.get(1).get("action").asText());
        assertEquals(ADMIN, revisions.get(2).get("author").asText());
        JsonNode recorded = Api.read(as(ADMIN).get("/api/topics/" + slug + "/revisions/2").then().statusCode(200)
                .extract().asString());
        assertEquals("Dr Ada Lane", recorded.at("/document/reviewer/name").asText(), "the revision records the review");
        assertEquals("2026-11-20", recorded.at("/document/lastReviewedOn").asText());
        assertEquals("sections 1-3", recorded.at("/document/reviewNote").asText());
    }

    @Test
    void restoringARevisionMakesItCurrentAsANewRevision() {
        String slug = Api.uniqueSlug("restorable");
        Api.create(Api.document(slug));
        ObjectNode document = (ObjectNode) Api.get(slug);
        String original = document.get("title").asText();
        document.put("title", "A worse title");
        document.withArray("faq").removeAll();
        editor().body(Api.write(document)).put("/api/topics/" + slug).then().statusCode(200);
        Api.publish(slug);

        JsonNode first = Api
                .read(as(REVIEWER).get("/api/topics/" + slug + "/revisions/1").then().statusCode(200).extract().asString());
        assertEquals(original, first.at("/document/title").asText());
        assertEquals(1, first.at("/document/faq").size());

        JsonNode restored = Api.read(editor().post("/api/topics/" + slug + "/revisions/1/restore").then().statusCode(200)
                .header("ETag", "\"3\"").extract().asString());
        assertEquals(original, restored.get("title").asText());
        assertEquals(1, restored.get("faq").size());
        assertEquals("PUBLISHED", restored.get("status").asText(), "restoring content leaves the status alone");
        assertEquals(List.of("created", "updated", "published", "restored revision 1"), actions(slug));

        // Nothing is lost: the replaced text is still in revision 2 and can come back too.
        editor().post("/api/topics/" + slug + "/revisions/2/restore").then().statusCode(200);
        assertEquals("A worse title", Api.get(slug).get("title").asText());
        assertEquals(5, revisionCount(slug));
        JsonNode missing = Api.read(editor().post("/api/topics/" + slug + "/revisions/99/restore").then().statusCode(404)
                .contentType("application/problem+json").extract().asString());
        assertTrue(missing.get("detail").asText().contains("99"));

        // A revision stored before a topic needed sections (the API took "sections": []) is not brought back.
        int empty = QuarkusTransaction.requiringNew().call(() -> {
            Topic topic = Topic.findBySlug(slug).orElseThrow();
            Revision revision = new Revision();
            revision.topic = topic;
            revision.number = Revision.next(topic);
            revision.author = "editor";
            revision.createdAt = Instant.now();
            revision.action = "updated";
            revision.document = Revision.of(topic, 1).orElseThrow().document.replaceFirst(
                    "\"sections\":\\[.*?\\],\"faqHeading\"",
                    "\"sections\":[],\"faqHeading\"");
            revision.persist();
            return revision.number;
        });
        JsonNode refused = Api.read(editor().post("/api/topics/" + slug + "/revisions/" + empty + "/restore").then()
                .statusCode(400).contentType("application/problem+json").extract().asString());
        assertEquals("sections", refused.at("/errors/0/field").asText(), refused.toString());
        assertEquals("A worse title", Api.get(slug).get("title").asText(), "nothing restored");
        assertEquals(empty, revisionCount(slug));
    }

    /** Drafts, reviews and editors' names are current only when sent: no answer of the API may be kept by a cache. */
    @Test
    void noAnswerOfTheApiIsStored() {
        String slug = Api.uniqueSlug("not-stored");
        Api.create(Api.document(slug));
        String topic = "/api/topics/" + slug;
        for (String path : List.of("/api/topics", topic, topic + "/analysis", topic + "/revisions", topic + "/revisions/1",
                "/api/reviewers", "/api/indexnow", "/api/topics/no-such-topic", "/api/topics?size=0")) {
            as(ADMIN).get(path).then().header("Cache-Control", "no-store");
        }
        editor().post(topic + "/publish").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void analysisWorksForDraftsToo() {
        String slug = Api.uniqueSlug("what-is-sensory-play-for-toddlers");
        Api.create(Api.document(slug));
        JsonNode analysis = Api
                .read(as(REVIEWER).get("/api/topics/" + slug + "/analysis").then().statusCode(200).extract().asString());
        assertEquals(10, analysis.get("seo").size());
        assertEquals(4, analysis.get("readability").size());
        assertEquals("good", check(analysis, "focus-phrase-in-title"));
        assertEquals("improve", check(analysis, "slug"), "the unique suffix is not a word of the phrase");
        assertEquals("problem", check(analysis, "body-length"));
        assertEquals("good", check(analysis, "structured-data"));
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        String openapi = Management.given().accept("application/json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        JsonNode paths = Api.read(openapi).get("paths");
        for (String path : List.of("/api/topics", "/api/topics/{slug}", "/api/topics/{slug}/publish",
                "/api/topics/{slug}/unpublish",
                "/api/topics/{slug}/review", "/api/topics/{slug}/revisions", "/api/topics/{slug}/revisions/{number}/restore",
                "/api/topics/{slug}/analysis")) {
            assertTrue(paths.has(path), path);
        }
        assertFalse(paths.has("/topics/{slug}"), "the pages are not part of the API");
        assertTrue(Api.read(openapi).at("/components/schemas/Topic/properties").has("metaDescription"));

        // Every operation says what it answers with: a success with its schema, and every error as a problem, the
        // ones any request may get included.
        List<String> wrong = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (!List.of("get", "put", "post", "delete").contains(method.getKey())) {
                return;
            }
            String operation = method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            JsonNode responses = method.getValue().get("responses");
            boolean success = false;
            for (var response : (Iterable<java.util.Map.Entry<String, JsonNode>>) responses::fields) {
                JsonNode schema = response.getValue().at("/content").elements().hasNext()
                        ? response.getValue().at("/content").elements().next().get("schema")
                        : null;
                if (response.getKey().startsWith("2")) {
                    success |= schema != null && !schema.isEmpty();
                } else if (!response.getValue().at("/content/application~1problem+json/schema/$ref").asText()
                        .endsWith("/Problem")) {
                    wrong.add(operation + " " + response.getKey() + " is not a problem");
                }
            }
            if (!success) {
                wrong.add(operation + " has no success with a schema");
            }
            for (String status : List.of("401", "403", "406", "429")) {
                if (!responses.has(status)) {
                    wrong.add(operation + " does not list " + status);
                }
            }
            if (method.getValue().has("requestBody") && !(responses.has("400") && responses.has("413")
                    && responses.has("415"))) {
                wrong.add(operation + " takes a body but does not list 400, 413 and 415");
            }
        }));
        assertEquals(List.of(), wrong);
        assertFalse(paths.at("/~1api~1topics~1{slug}~1publish/post/requestBody/required").asBoolean(),
                "publishing needs no body");
    }

    static String check(JsonNode analysis, String id) {
        for (JsonNode check : analysis.get("seo")) {
            if (check.get("id").asText().equals(id)) {
                return check.get("status").asText();
            }
        }
        for (JsonNode check : analysis.get("readability")) {
            if (check.get("id").asText().equals(id)) {
                return check.get("status").asText();
            }
        }
        return null;
    }

    static List<JsonNode> revisions(String slug) {
        List<JsonNode> revisions = new ArrayList<>();
        Api.read(as(ADMIN).get("/api/topics/" + slug + "/revisions").then().statusCode(200).extract().asString())
                .forEach(revisions::add);
        return revisions;
    }

    static List<String> actions(String slug) {
        return revisions(slug).stream().map(r -> r.get("action").asText()).toList();
    }

    static int revisionCount(String slug) {
        return revisions(slug).size();
    }

    private static String statusIn(JsonNode list, String slug) {
        for (JsonNode topic : list) {
            if (topic.get("slug").asText().equals(slug)) {
                return topic.get("status").asText();
            }
        }
        assertNull(slug, "not listed");
        return null;
    }
}
