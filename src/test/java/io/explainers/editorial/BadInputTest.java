package io.explainers.editorial;

import static io.explainers.editorial.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.explainers.SeedText;
import io.explainers.content.ContentVersion;
import io.explainers.content.FormerSlug;
import io.explainers.content.Reviewer;
import io.explainers.content.Topic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every class of bad input, in bulk: each gets a 4xx with an RFC 9457 problem+json body naming the offending field
 * (where there is one), never a 5xx, and the database is exactly as it was before any of them.
 */
@QuarkusTest
class BadInputTest {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "<b>bold</b>", "</p>", "<!-- hidden -->",
            "<?xml version=\"1.0\"?>", "<img src=x onerror=alert(1)>", "nul\u0000byte", "escape\u001b[31m",
            "csi\u009b31m", "next\u0085line", "not\ufffea character", "not\uffffa character", "not\ufdd0a character");

    /** One bad request and what it must get: a status and, if the problem is in one place, that place. */
    record Case(String name, String user, String method, String path, String contentType, String ifMatch, String body,
            int status, String field) {
    }

    @Inject
    ContentVersion contentVersion;

    String slug;
    ObjectNode valid;
    final List<Case> cases = new ArrayList<>();

    @BeforeEach
    void topic() {
        Api.ensureUsers();
        slug = Api.uniqueSlug("target");
        Api.create(Api.document(slug));
        valid = (ObjectNode) Api.get(slug);
        reviewer = Api.reviewer("R", null, null, null);
    }

    long reviewer;

    long reviewerId() {
        return reviewer;
    }

    @Test
    void everyBadRequestGetsAProblemAndChangesNothing() {
        malformedJson();
        wrongTypes();
        lineBreaksInOneLineFields();
        missingFields();
        oversizedFields();
        hostileMarkup();
        unknownFields();
        badSlugs();
        unknownTopics();
        wrongVersions();
        wrongMediaTypesAndMethods();
        badReviewsAndRevisions();
        badSources();
        badReviewers();

        String before = snapshot();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            Response response = send(c);
            String failure = judge(c, response);
            if (failure != null) {
                failures.add(c.name() + ": " + failure);
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(before, snapshot(), "the database is unchanged");
        assertTrue(cases.size() > 150, "ran " + cases.size() + " cases");
    }

    @Test
    void textWithAngleBracketsThatAreNotMarkupIsFine() {
        ObjectNode document = valid.deepCopy();
        document.put("inSimpleTerms", "Kids <3 play, and 3 < 4 > 2: that is fine.");
        Api.editor().body(Api.write(document)).put("/api/topics/" + slug).then().statusCode(200);
        assertEquals("Kids <3 play, and 3 < 4 > 2: that is fine.", Api.get(slug).get("inSimpleTerms").asText());
    }

    /** Characters beyond the Basic Multilingual Plane are whole surrogate pairs, and fine. */
    @Test
    void textBeyondTheBasicPlaneIsFine() {
        ObjectNode document = valid.deepCopy();
        document.put("inSimpleTerms", "Play is work for kids \uD83D\uDE00, and \uD835\uDD38 is a letter.");
        Api.editor().body(Api.write(document).replace("\uD83D\uDE00", "\\ud83d\\ude00"))
                .put("/api/topics/" + slug).then().statusCode(200);
        assertEquals("Play is work for kids \uD83D\uDE00, and \uD835\uDD38 is a letter.",
                Api.get(slug).get("inSimpleTerms").asText());
    }

    private void malformedJson() {
        for (String body : List.of("{", "{\"slug\": }", "not json", "[1, 2", "{\"title\": \"a\"} trailing",
                "{\"title\": 'single'}",
                "{\"title\": \"a\", \"title\": \"b\"}", "", "null", "[]", "\"a string\"", "42")) {
            post("malformed " + body, body, 400, "body");
            put("malformed " + body, body, 400, "body");
        }
    }

    private void wrongTypes() {
        wrong("/title", JSON.numberNode(5), "title");
        wrong("/title", JSON.booleanNode(true), "title");
        wrong("/title", JSON.arrayNode().add("a"), "title");
        wrong("/sections", JSON.textNode("x"), "sections");
        wrong("/sections/0/items", JSON.objectNode(), "sections[0].items");
        wrong("/sections/0/items/0/kind", JSON.textNode("QUOTE"), "sections[0].items[0].kind");
        wrong("/sections/0/items/0/kind", JSON.numberNode(1), "sections[0].items[0].kind");
        wrong("/audience/childMinAge", JSON.textNode("three"), "audience.childMinAge");
        wrong("/audience/childMinAge", JSON.numberNode(2.5), "audience.childMinAge");
        wrong("/audience/childMaxAge", JSON.textNode("7"), "audience.childMaxAge");
        wrong("/audience/childMaxAge", JSON.numberNode(12345678901L), "audience.childMaxAge");
        wrong("/about", JSON.textNode("Therapy"), "about");
        wrong("/faq/0", JSON.textNode("a question?"), "faq[0]");
        wrong("/version", JSON.textNode("one"), "version");
        wrong("/publishedAt", JSON.textNode("yesterday"), "publishedAt");
        wrong("/status", JSON.textNode("DELETED"), "status");
    }

    private void missingFields() {
        for (String field : List.of("slug", "title", "focusPhrase", "metaDescription", "intro", "sections", "faqHeading", "faq",
                "audience", "about")) {
            invalid("missing " + field, doc -> doc.remove(field), field);
            invalid("null " + field, doc -> doc.putNull(field), field);
        }
        for (String[] nested : new String[][] { { "/sections/0", "heading", "sections[0].heading" },
                { "/sections/0/items/0", "text", "sections[0].items[0].text" },
                { "/sections/0/items/0", "kind", "sections[0].items[0].kind" },
                { "/faq/0", "question", "faq[0].question" }, { "/faq/0", "answer", "faq[0].answer" },
                { "/audience", "childMinAge", "audience.childMinAge" }, { "/about", "type", "about.type" },
                { "/about", "name", "about.name" } }) {
            invalid("missing " + nested[2], doc -> ((ObjectNode) doc.at(nested[0])).remove(nested[1]), nested[2]);
            invalid("blank " + nested[2], doc -> ((ObjectNode) doc.at(nested[0])).put(nested[1], "  "), nested[2]);
        }
        invalid("no sections", doc -> ((ArrayNode) doc.get("sections")).removeAll(), "sections");
        invalid("empty items", doc -> ((ArrayNode) doc.at("/sections/0/items")).removeAll(), "sections[0].items");
        invalid("null section", doc -> ((ArrayNode) doc.at("/sections")).add(JSON.nullNode()), "sections[2]");
        invalid("null faq entry", doc -> ((ArrayNode) doc.at("/faq")).insertNull(0), "faq[0]");
    }

    private void oversizedFields() {
        tooLong("/title", 71, "title");
        tooLong("/focusPhrase", 121, "focusPhrase");
        tooLong("/metaDescription", 161, "metaDescription");
        tooLong("/metaDescription", 49, "metaDescription");
        tooLong("/intro", 4001, "intro");
        tooLong("/inSimpleTerms", 1001, "inSimpleTerms");
        tooLong("/faqHeading", 121, "faqHeading");
        tooLong("/sections/0/heading", 201, "sections[0].heading");
        tooLong("/sections/0/items/0/text", 4001, "sections[0].items[0].text");
        tooLong("/sections/0/items/1/label", 81, "sections[0].items[1].label");
        tooLong("/faq/0/question", 301, "faq[0].question");
        tooLong("/faq/0/answer", 4001, "faq[0].answer");
        tooLong("/about/name", 121, "about.name");
        tooLong("/about/alternateName", 121, "about.alternateName");
        invalid("about.type of 81", doc -> ((ObjectNode) doc.get("about")).put("type", "A" + "b".repeat(80)), "about.type");
        invalid("slug of 121", doc -> doc.put("slug", "a".repeat(121)), "slug");
        invalid("31 sections", doc -> {
            for (int i = 0; i < 29; i++) {
                ((ArrayNode) doc.get("sections")).add(doc.at("/sections/0").deepCopy());
            }
        }, "sections");
        invalid("41 items", doc -> {
            for (int i = 0; i < 39; i++) {
                ((ArrayNode) doc.at("/sections/0/items")).add(doc.at("/sections/0/items/0").deepCopy());
            }
        }, "sections[0].items");
        invalid("31 FAQ entries", doc -> {
            for (int i = 0; i < 30; i++) {
                ((ArrayNode) doc.get("faq")).add(doc.at("/faq/0").deepCopy());
            }
        }, "faq");
        invalid("child age 19", doc -> ((ObjectNode) doc.get("audience")).put("childMaxAge", 19), "audience.childMaxAge");
        invalid("child age -1", doc -> ((ObjectNode) doc.get("audience")).put("childMinAge", -1), "audience.childMinAge");
        invalid("ages reversed", doc -> ((ObjectNode) doc.get("audience")).put("childMinAge", 10).put("childMaxAge", 3),
                "audience.childMaxAge");
        invalid("label on a paragraph", doc -> ((ObjectNode) doc.at("/sections/0/items/0")).put("label", "Note:"),
                "sections[0].items[0].label");
        invalid("about.type not a type", doc -> ((ObjectNode) doc.get("about")).put("type", "medical therapy"), "about.type");
    }

    private void hostileMarkup() {
        String[][] fields = { { "", "title" }, { "", "focusPhrase" }, { "", "intro" }, { "", "inSimpleTerms" },
                { "", "faqHeading" },
                { "/sections/0", "heading" }, { "/sections/0/items/0", "text" }, { "/sections/0/items/1", "label" },
                { "/faq/0", "question" }, { "/faq/0", "answer" }, { "/about", "name" }, { "/about", "alternateName" } };
        for (String hostile : HOSTILE) {
            for (String[] field : fields) {
                String path = field[0].replaceAll("^/", "").replaceAll("/(\\d+)", "[$1]").replace('/', '.');
                String name = path.isEmpty() ? field[1] : path + "." + field[1];
                invalid("markup " + hostile + " in " + name,
                        doc -> ((ObjectNode) doc.at(field[0])).put(field[1], "Hi " + hostile), name);
            }
            invalid("markup in metaDescription", doc -> doc.put("metaDescription",
                    "A perfectly long enough meta description that hides markup " + hostile), "metaDescription");
        }
        // JSON can spell half a surrogate pair, which no UTF-8 page or database can hold: it was stored, and shown as "?".
        for (String[] field : new String[][] { { "title", "title" }, { "intro", "intro" }, { "faq", "faq[0].answer" } }) {
            ObjectNode create = Api.document(Api.uniqueSlug("never-created"));
            ObjectNode update = valid.deepCopy();
            for (ObjectNode doc : List.of(create, update)) {
                ObjectNode owner = field[0].equals("faq") ? (ObjectNode) doc.at("/faq/0") : doc;
                String name = field[0].equals("faq") ? "answer" : field[0];
                owner.put(name, owner.path(name).asText() + " HALF");
            }
            post("a lone surrogate in " + field[1], Api.write(create).replace("HALF", "\\udc00"), 400, field[1]);
            put("a lone surrogate in " + field[1], Api.write(update).replace("HALF", "\\ud83d"), 400, field[1]);
        }
    }

    private void lineBreaksInOneLineFields() {
        String[][] fields = { { "", "title" }, { "", "focusPhrase" }, { "", "inSimpleTerms" }, { "", "faqHeading" },
                { "/sections/0", "heading" }, { "/sections/0/items/0", "text" }, { "/sections/0/items/1", "label" },
                { "/faq/0", "question" }, { "/faq/0", "answer" }, { "/about", "name" } };
        for (String lineBreak : new String[] { "\r", "\n", "\u2028", "\u2029" }) {
            for (String[] field : fields) {
                String path = field[0].replaceAll("^/", "").replaceAll("/(\\d+)", "[$1]").replace('/', '.');
                String name = path.isEmpty() ? field[1] : path + "." + field[1];
                invalid("line break U+" + Integer.toHexString(lineBreak.charAt(0)) + " in " + name,
                        doc -> ((ObjectNode) doc.at(field[0])).put(field[1], "Two" + lineBreak + "lines"), name);
            }
        }
        // The intro is paragraphs; it may break lines, but not invisibly.
        invalid("U+2028 in the intro", doc -> doc.put("intro", "One paragraph\u2028and another"), "intro");
    }

    private void unknownFields() {
        invalid("unknown top-level field", doc -> doc.put("colour", "red"), "colour");
        invalid("unknown section field", doc -> ((ObjectNode) doc.at("/sections/0")).put("colour", "red"),
                "sections[0].colour");
        invalid("unknown item field", doc -> ((ObjectNode) doc.at("/sections/0/items/0")).put("html", "<b>"),
                "sections[0].items[0].html");
        invalid("unknown about field", doc -> ((ObjectNode) doc.get("about")).put("url", "x"), "about.url");
        invalid("unknown audience field", doc -> ((ObjectNode) doc.get("audience")).put("age", 3), "audience.age");
    }

    private void badSlugs() {
        for (String bad : List.of("Has Capitals", "double--hyphen", "-leading", "trailing-", "ünïcode", "slash/x", "dots.x",
                " ")) {
            invalid("slug " + bad, doc -> doc.put("slug", bad), "slug");
        }
        ObjectNode taken = valid.deepCopy();
        taken.put("slug", SeedText.SLUG);
        post("slug taken on create", Api.write(taken), 409, "slug");
        put("slug taken on rename", Api.write(taken), 409, "slug");
    }

    private void unknownTopics() {
        String none = "/api/topics/no-such-topic-anywhere";
        String doc = Api.write(valid);
        cases.add(new Case("GET unknown", Api.REVIEWER, "GET", none, null, null, null, 404, null));
        cases.add(new Case("PUT unknown", Api.EDITOR, "PUT", none, "application/json", null, doc, 404, null));
        cases.add(new Case("DELETE unknown", Api.EDITOR, "DELETE", none, null, null, null, 404, null));
        cases.add(new Case("publish unknown", Api.EDITOR, "POST", none + "/publish", null, null, null, 404, null));
        cases.add(new Case("unpublish unknown", Api.EDITOR, "POST", none + "/unpublish", null, null, null, 404, null));
        cases.add(new Case("review unknown", Api.REVIEWER, "POST", none + "/review", "application/json", null,
                "{\"reviewerId\": 1}", 404, null));
        cases.add(new Case("revisions unknown", Api.REVIEWER, "GET", none + "/revisions", null, null, null, 404, null));
        cases.add(new Case("restore unknown", Api.EDITOR, "POST", none + "/revisions/1/restore", null, null, null, 404, null));
        cases.add(new Case("analysis unknown", Api.REVIEWER, "GET", none + "/analysis", null, null, null, 404, null));
        cases.add(new Case("bad slug in path", Api.REVIEWER, "GET", "/api/topics/Not A Slug", null, null, null, 404, null));
        cases.add(new Case("unknown API path", Api.REVIEWER, "GET", "/api/topics/" + slug + "/comments", null, null, null, 404,
                null));
        cases.add(new Case("unknown API root", Api.REVIEWER, "GET", "/api/nothing", null, null, null, 404, null));
    }

    private void wrongVersions() {
        String topic = "/api/topics/" + slug;
        ObjectNode changed = valid.deepCopy().put("title", "Changed title");
        cases.add(new Case("stale version", Api.EDITOR, "PUT", topic, "application/json", null,
                Api.write(changed.deepCopy().put("version", 7)), 409, "version"));
        cases.add(new Case("negative version", Api.EDITOR, "PUT", topic, "application/json", null,
                Api.write(changed.deepCopy().put("version", -1)), 409, "version"));
        ObjectNode unversioned = changed.deepCopy();
        unversioned.remove("version");
        cases.add(new Case("no version", Api.EDITOR, "PUT", topic, "application/json", null, Api.write(unversioned), 428,
                "version"));
        cases.add(new Case("stale If-Match", Api.EDITOR, "PUT", topic, "application/json", "\"7\"", Api.write(unversioned), 409,
                "version"));
        cases.add(new Case("If-Match not an ETag", Api.EDITOR, "PUT", topic, "application/json", "seven",
                Api.write(unversioned), 400, "If-Match"));
        String current = "\"" + valid.get("version").asLong() + "\"";
        cases.add(new Case("If-Match weak", Api.EDITOR, "PUT", topic, "application/json", "W/" + current,
                Api.write(unversioned), 400, "If-Match"));
        cases.add(new Case("If-Match twice, the current version first", Api.EDITOR, "PUT", topic, "application/json",
                current + "\n\"99\"", Api.write(unversioned), 400, "If-Match"));
        cases.add(new Case("If-Match twice on publish", Api.EDITOR, "POST", topic + "/publish", null, current + "\n" + current,
                null, 400, "If-Match"));
        cases.add(new Case("If-Match two tags", Api.EDITOR, "PUT", topic, "application/json", "\"0\", \"1\"",
                Api.write(unversioned), 400, "If-Match"));
        cases.add(new Case("If-Match and version disagree", Api.EDITOR, "PUT", topic, "application/json", "\"0\"",
                Api.write(changed.deepCopy().put("version", 3)), 400, "version"));
        cases.add(new Case("stale publish", Api.EDITOR, "POST", topic + "/publish", null, "\"5\"", null, 409, "version"));
        cases.add(new Case("stale unpublish", Api.EDITOR, "POST", topic + "/unpublish", null, "\"5\"", null, 409, "version"));
        cases.add(new Case("stale archive", Api.EDITOR, "DELETE", topic, null, "\"5\"", null, 409, "version"));
        cases.add(new Case("stale restore", Api.EDITOR, "POST", topic + "/revisions/1/restore", null, "\"5\"", null, 409,
                "version"));
        // The body may carry the version instead of If-Match, as a PUT's document does: it was read by nobody, so a
        // stale archive went through.
        for (String[] change : new String[][] { { "POST", "/publish" }, { "POST", "/unpublish" }, { "DELETE", "" },
                { "POST", "/revisions/1/restore" } }) {
            String path = topic + change[1];
            cases.add(new Case("stale version in the body of " + change[0] + " " + change[1], Api.EDITOR, change[0], path,
                    "application/json", null, "{\"version\": 5}", 409, "version"));
            cases.add(new Case("body version and If-Match disagree on " + change[0] + " " + change[1], Api.EDITOR,
                    change[0], path, "application/json", "\"0\"", "{\"version\": 3}", 400, "version"));
            cases.add(new Case("malformed body of " + change[0] + " " + change[1], Api.EDITOR, change[0], path,
                    "application/json", null, "{\"version\": 0", 400, null));
            cases.add(new Case("unknown field in the body of " + change[0] + " " + change[1], Api.EDITOR, change[0], path,
                    "application/json", null, "{\"versoin\": 0}", 400, "versoin"));
        }
        cases.add(new Case("stale review", Api.REVIEWER, "POST", topic + "/review", "application/json", null,
                Api.review(reviewerId(), null).replace("}", ", \"version\": 5}"), 409, "version"));
    }

    private void wrongMediaTypesAndMethods() {
        String topic = "/api/topics/" + slug;
        String doc = Api.write(valid);
        cases.add(new Case("text/plain body", Api.EDITOR, "POST", "/api/topics", "text/plain", null, doc, 415, null));
        cases.add(new Case("XML body", Api.EDITOR, "PUT", topic, "application/xml", null, "<topic/>", 415, null));
        cases.add(new Case("form body", Api.EDITOR, "POST", "/api/topics", "application/x-www-form-urlencoded", null, "slug=x",
                415, null));
        cases.add(new Case("PATCH", Api.EDITOR, "PATCH", topic, "application/json", null, doc, 405, null));
        cases.add(new Case("DELETE the collection", Api.EDITOR, "DELETE", "/api/topics", null, null, null, 405, null));
        cases.add(new Case("GET publish", Api.EDITOR, "GET", topic + "/publish", null, null, null, 405, null));
        cases.add(new Case("body over 1 MB", Api.EDITOR, "POST", "/api/topics", "application/json", null,
                "{\"intro\": \"" + "a".repeat(1_100_000) + "\"}", 413, null));
        cases.add(new Case("body over 1 MB on PUT", Api.EDITOR, "PUT", topic, "application/json", null,
                "{\"intro\": \"" + "é".repeat(600_000) + "\"}", 413, null));
    }

    private void badReviewsAndRevisions() {
        String topic = "/api/topics/" + slug;
        String known = "\"reviewerId\": " + reviewerId();
        for (String[] review : new String[][] { { "{}", "reviewerId" }, { "{\"reviewerId\": null}", "reviewerId" },
                { "{\"reviewerId\": 999999999}", "reviewerId" }, { "{\"reviewerId\": \"Dr R\"}", "reviewerId" },
                { "{\"reviewedBy\": \"Dr R\"}", "reviewedBy" },
                { "{" + known + ", \"note\": \"<b>all</b>\"}", "note" },
                { "{" + known + ", \"note\": \"" + "a".repeat(301) + "\"}", "note" },
                { "{" + known + ", \"reviewedOn\": \"2999-01-01\"}", "reviewedOn" },
                { "{" + known + ", \"reviewedOn\": \"0001-01-01\"}", "reviewedOn" },
                { "{" + known + ", \"reviewedOn\": \"1999-12-31\"}", "reviewedOn" },
                { "{" + known + ", \"reviewedOn\": \"yesterday\"}", "reviewedOn" },
                { "{" + known + ", \"stars\": 5}", "stars" }, { "", "body" },
                { "{", "body" } }) {
            cases.add(new Case("review " + review[0], Api.REVIEWER, "POST", topic + "/review", "application/json", null,
                    review[0], 400,
                    review[1]));
        }
        for (String revision : List.of("abc", "0", "2", "99", "-1", "99999999999")) {
            cases.add(new Case("restore revision " + revision, Api.EDITOR, "POST",
                    topic + "/revisions/" + revision + "/restore", null,
                    null, null, 404, null));
            cases.add(new Case("get revision " + revision, Api.REVIEWER, "GET", topic + "/revisions/" + revision, null, null,
                    null, 404,
                    null));
        }
    }

    private void badSources() {
        invalid("source over http", doc -> sources(doc, source().put("url", "http://publisher.example/x")), "sources[0].url");
        invalid("source with a script address", doc -> sources(doc, source().put("url", "javascript:alert(1)")),
                "sources[0].url");
        invalid("source address with a space", doc -> sources(doc, source().put("url", "https://publisher.example/a b")),
                "sources[0].url");
        invalid("source address too long",
                doc -> sources(doc, source().put("url", "https://publisher.example/" + "a".repeat(500))), "sources[0].url");
        invalid("source without a publisher", doc -> {
            ObjectNode source = source();
            source.remove("publisher");
            sources(doc, source);
        }, "sources[0].publisher");
        invalid("source without a title", doc -> sources(doc, source().put("title", " ")), "sources[0].title");
        for (String hostile : HOSTILE) {
            invalid("source title " + hostile, doc -> sources(doc, source().put("title", hostile)), "sources[0].title");
        }
        invalid("source title too long", doc -> sources(doc, source().put("title", "t".repeat(301))), "sources[0].title");
        invalid("source read in the future", doc -> sources(doc, source().put("accessed", "2999-01-01")),
                "sources[0].accessed");
        invalid("source read on no date", doc -> sources(doc, source().put("accessed", "last week")), "sources[0].accessed");
        invalid("source read in the year 1", doc -> sources(doc, source().put("accessed", "0001-01-01")),
                "sources[0].accessed");
        // @NotBlank trims ASCII spaces only: these were published as empty-looking headings.
        invalid("title of a no-break space", doc -> doc.put("title", "\u00a0"), "title");
        invalid("title of a zero-width space", doc -> doc.put("title", "\u200b\u200b"), "title");
        invalid("question of no-break spaces", doc -> ((ObjectNode) doc.at("/faq/0")).put("question", "\u00a0 \u2007"),
                "faq[0].question");
        invalid("unknown source field", doc -> sources(doc, source().put("doi", "10.1000/1")), "sources[0].doi");
        invalid("null source", doc -> doc.putArray("sources").addNull(), "sources[0]");
        invalid("sources not a list", doc -> doc.put("sources", "https://publisher.example/x"), "sources");
        invalid("31 sources", doc -> {
            ArrayNode sources = doc.putArray("sources");
            for (int i = 0; i < 31; i++) {
                sources.add(source());
            }
        }, "sources");
    }

    private static ObjectNode source() {
        return JSON.objectNode().put("title", "A guide, for parents").put("publisher", "A Publisher")
                .put("url", "https://publisher.example/guide").put("accessed", "2026-11-20");
    }

    private static void sources(ObjectNode doc, ObjectNode source) {
        doc.putArray("sources").add(source);
    }

    private void badReviewers() {
        String one = "/api/reviewers/" + reviewer;
        for (String[] bad : new String[][] { { "{}", "name" }, { "{\"name\": \" \"}", "name" },
                { "{\"name\": \"<b>Dr</b>\"}", "name" }, { "{\"name\": \"" + "a".repeat(121) + "\"}", "name" },
                { "{\"name\": \"R\", \"credentials\": \"<i>MD</i>\"}", "credentials" },
                { "{\"name\": \"R\", \"credentials\": \"" + "c".repeat(81) + "\"}", "credentials" },
                { "{\"name\": \"R\", \"jobTitle\": \"" + "j".repeat(121) + "\"}", "jobTitle" },
                { "{\"name\": \"R\", \"url\": \"http://people.example/r\"}", "url" },
                { "{\"name\": \"R\", \"url\": \"javascript:alert(1)\"}", "url" },
                { "{\"name\": \"R\", \"stars\": 5}", "stars" }, { "{\"name\": 5}", "name" }, { "", "body" },
                { "{", "body" } }) {
            cases.add(new Case("new reviewer " + bad[0], Api.EDITOR, "POST", "/api/reviewers", "application/json", null,
                    bad[0], 400, bad[1]));
            cases.add(new Case("changed reviewer " + bad[0], Api.EDITOR, "PUT", one, "application/json", null, bad[0], 400,
                    bad[1]));
        }
        cases.add(new Case("unknown reviewer", Api.REVIEWER, "GET", "/api/reviewers/999999999", null, null, null, 404, null));
        cases.add(new Case("change unknown reviewer", Api.EDITOR, "PUT", "/api/reviewers/999999999", "application/json", null,
                "{\"name\": \"R\"}", 404, null));
        cases.add(new Case("reviewer not a number", Api.REVIEWER, "GET", "/api/reviewers/abc", null, null, null, 404, null));
        cases.add(new Case("reviewer made by a reviewer", Api.REVIEWER, "POST", "/api/reviewers", "application/json", null,
                "{\"name\": \"R\"}", 403, null));
        cases.add(new Case("reviewer changed by a reviewer", Api.REVIEWER, "PUT", one, "application/json", null,
                "{\"name\": \"Renamed\"}", 403, null));
        cases.add(new Case("review filter unknown", Api.REVIEWER, "GET", "/api/topics?review=soon", null, null, null, 400,
                "review"));
        cases.add(new Case("due-within not a period", Api.REVIEWER, "GET", "/api/topics?due-within=30", null, null, null,
                400, "due-within"));
        cases.add(new Case("due-within negative", Api.REVIEWER, "GET", "/api/topics?due-within=-P30D", null, null, null,
                400, "due-within"));
        cases.add(new Case("due-within past the last date", Api.REVIEWER, "GET", "/api/topics?due-within=P999999999Y", null,
                null, null, 400, "due-within"));
    }

    private void wrong(String pointer, JsonNode value, String field) {
        invalid("wrong type at " + field + ": " + value, doc -> set(doc, pointer, value), field);
    }

    private void tooLong(String pointer, int length, String field) {
        invalid(field + " of " + length, doc -> set(doc, pointer, JSON.textNode("x".repeat(length))), field);
    }

    private void invalid(String name, Consumer<ObjectNode> change, String field) {
        ObjectNode create = Api.document(Api.uniqueSlug("never-created"));
        change.accept(create);
        post(name, Api.write(create), 400, field);
        ObjectNode update = valid.deepCopy();
        change.accept(update);
        put(name, Api.write(update), 400, field);
    }

    private void post(String name, String body, int status, String field) {
        cases.add(new Case("POST " + name, Api.EDITOR, "POST", "/api/topics", "application/json", null, body, status, field));
    }

    private void put(String name, String body, int status, String field) {
        cases.add(new Case("PUT " + name, Api.EDITOR, "PUT", "/api/topics/" + slug, "application/json", null, body, status,
                field));
    }

    private static void set(ObjectNode doc, String pointer, JsonNode value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = doc.at(path.head());
        String last = path.last().getMatchingProperty();
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static Response send(Case c) {
        RequestSpecification request = as(c.user());
        request = c.contentType() != null ? request.contentType(c.contentType()) : request.noContentType();
        if (c.ifMatch() != null) {
            for (String line : c.ifMatch().split("\n")) { // a header line each
                request = request.header("If-Match", line);
            }
        }
        if (c.body() != null) {
            request = request.body(c.body());
        }
        return request.request(c.method(), c.path());
    }

    /** Null when the response is what the case must get, else what is wrong with it. */
    private static String judge(Case c, Response response) {
        if (response.statusCode() != c.status()) {
            return "status " + response.statusCode() + " instead of " + c.status() + ": " + response.asString();
        }
        if (!"application/problem+json".equals(response.contentType())) {
            return "content type " + response.contentType();
        }
        JsonNode problem = Api.read(response.asString());
        if (problem.path("status").asInt() != c.status() || problem.path("title").asText().isEmpty()
                || problem.path("type").asText().isEmpty() || problem.path("detail").asText().isEmpty()) {
            return "incomplete problem " + problem;
        }
        if (c.field() != null && !problem.path("errors").findValuesAsText("field").contains(c.field())) {
            return "does not name " + c.field() + ": " + problem;
        }
        return null;
    }

    /** Everything the API could have written: every topic document, revisions, former slugs, users, the content version. */
    private String snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder state = new StringBuilder();
            for (Topic topic : Topic.<Topic> listAll(io.quarkus.panache.common.Sort.by("id"))) {
                state.append(TopicDocuments.of(topic)).append('\n');
            }
            state.append("revisions=").append(Revision.count()).append(" formerSlugs=").append(FormerSlug.count())
                    .append(" users=").append(EditorialUser.count())
                    .append(" reviewers=").append(Reviewer.<Reviewer> listAll()
                            .stream().map(ReviewerDocument::of).toList())
                    .append(" contentVersion=")
                    .append(contentVersion.current());
            return state.toString();
        });
    }
}
