package io.explainers.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.explainers.Fixtures;
import io.explainers.SeedText;
import io.explainers.content.ContentVersion;
import io.explainers.content.Topic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * What the import refuses, and how: every bad article gets a 4xx problem+json that says what and on which line, and
 * leaves the database exactly as it was. Conflicts, re-imports, folders of articles and imports that race.
 */
@QuarkusTest
class ArticleImportRulesTest {

    @Inject
    ContentVersion contentVersion;

    private long versionBefore;
    private long topicsBefore;

    @BeforeEach
    void before() {
        Api.ensureUsers();
        versionBefore = contentVersion.current();
        topicsBefore = topics();
    }

    static long topics() {
        return QuarkusTransaction.requiringNew().call(() -> Topic.count());
    }

    private void nothingChanged() {
        assertEquals(versionBefore, contentVersion.current(), "the content version did not move");
        assertEquals(topicsBefore, topics(), "no topic was added");
    }

    /** A valid article with its own title line, so each test owns its topic. */
    static String article(String title) {
        return Fixtures.text("/seed/" + SeedText.SLUG + ".txt")
                .replace("\nwhat is occupational therapy for kids\n", "\n" + title + "\n");
    }

    /**
     * An editor's request with exactly this Content-Type and a body in UTF-8, as curl sends a file: RestAssured would
     * otherwise add charset=ISO-8859-1 to a bare text/plain and encode the text that way.
     */
    static RequestSpecification editor(String contentType) {
        return Api.editor().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .defaultContentCharset(StandardCharsets.UTF_8).appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(contentType);
    }

    static ValidatableResponse post(byte[] body, String contentType) {
        return editor(contentType).body(body).post("/api/imports").then();
    }

    static ValidatableResponse post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
    }

    static ValidatableResponse refused(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    @Test
    void emptyAndBlankArticles() {
        refused(post(""), 400).body("errors[0].line", equalTo(1)).body("errors[0].message", equalTo("The article is empty."));
        refused(post("\n   \n\t\n\r\n"), 400).body("errors[0].message", equalTo("The article is empty."));
        nothingChanged();
    }

    @Test
    void binaryAndInvalidUtf8SayWhere() {
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes("US Trends\n\nwhat is occupational therapy for kids\n\nCaf".getBytes(StandardCharsets.UTF_8));
        latin1.write(0xE9); // "é" in ISO-8859-1: not UTF-8
        latin1.writeBytes(" au lait.\n".getBytes(StandardCharsets.UTF_8));
        refused(post(latin1.toByteArray(), "text/plain"), 400)
                .body("type", equalTo("tag:explainers,2026:problems/unreadable-article"))
                .body("errors[0].line", equalTo(5))
                .body("errors[0].message", startsWith("Byte 54 is not UTF-8"));
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
        refused(post(png, "text/plain"), 400).body("errors[0].line", equalTo(1));
        nothingChanged();
    }

    @Test
    void controlCharactersAndMarkupAreRefusedWithTheirLine() {
        String seed = article("what is a nul character in kids");
        refused(post(seed.replace("Therapists usually turn", "Therapists\u0000 usually turn")), 400)
                .body("errors[0].line", equalTo(11))
                .body("errors[0].message", containsString("U+0000"));
        refused(post(seed.replace("Therapists usually turn", "Therapists\u0007 usually turn")), 400)
                .body("errors[0].line", equalTo(11)).body("errors[0].message", containsString("U+0007"));
        refused(post(seed.replace("Where does it happen?", "Where does it <b>happen</b>?")), 400)
                .body("errors[0].line", equalTo(37)).body("errors[0].message", containsString("markup"))
                .body("detail", startsWith("Line 37: "));
        refused(post(seed.replace("SEO notes for your post", "<script>alert(1)</script>")), 400).body("errors[0].line",
                equalTo(39));
        nothingChanged();
        // Less-than followed by a space or digit is text, as in the JSON API.
        Api.editor().contentType("text/plain; charset=utf-8")
                .body(article("what is three less than four for kids").replace("classroom tasks.", "classroom tasks, 3 < 4."))
                .post("/api/imports?dryRun=true").then().statusCode(200);
    }

    @Test
    void articlesWithoutSectionsOrWithABrokenFaq() {
        String noSections = "US Trends\n\nwhat is an article without sections\n\nJust an intro paragraph that goes on and on.\n";
        refused(post(noSections), 400).body("errors[0].message", startsWith("The article has no sections"));
        String faq = article("what is a faq without questions");
        refused(post(faq.replace("Is OT only for severe issues? No;", "Is OT only for severe issues. No;")), 400)
                .body("errors[0].line", equalTo(35)).body("errors[0].message", startsWith("This FAQ entry has no question"));
        refused(post(faq.replace(
                "Where does it happen? Clinics, schools, hospitals, early-intervention programs, and sometimes at home via "
                        + "in‑home or virtual services.",
                "Where does it happen?")), 400)
                .body("errors[0].line", equalTo(37)).body("errors[0].message", containsString("has no answer"));
        String noIntro = "US Trends\n\nwhat is an article without intro\n\nA heading\n\n• a bullet\n";
        refused(post(noIntro), 400).body("errors[0].message", startsWith("The article has no intro"));
        nothingChanged();
    }

    @Test
    void aTopicThatWouldBeInvalidNamesTheFieldAndTheLine() {
        String longTitle = "what is a title that is far too long to be the title of any explainer page on this site for kids";
        refused(post(article(longTitle)), 400)
                .body("errors[0].field", equalTo("title")).body("errors[0].line", equalTo(3));
        String shortDescription = article("what is a short description for kids").replace(
                "“Learn what occupational therapy for kids is, how it works, who it helps, and what actually happens in a pediatric OT "
                        + "session.”",
                "“Too short.”");
        refused(post(shortDescription), 400).body("errors[0].field", equalTo("metaDescription")).body("errors[0].line",
                equalTo(42));
        nothingChanged();
    }

    @Test
    void wrongMediaTypesSizesCredentialsAndParameters() {
        refused(Api.editor().contentType("application/json").body("{}").post("/api/imports").then(), 415)
                .body("detail", containsString("text/plain"));
        refused(post(article("what is latin one for kids").getBytes(StandardCharsets.ISO_8859_1),
                "text/plain; charset=ISO-8859-1"), 415)
                .body("detail", containsString("UTF-8"));
        byte[] huge = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        refused(post(huge, "text/plain"), 413);
        refused(given().contentType("text/plain").body(article("what is anonymous for kids")).post("/api/imports").then(), 401)
                .header("WWW-Authenticate", startsWith("Basic"));
        refused(Api.as(Api.REVIEWER).contentType("text/plain").body(article("what is a reviewer import for kids"))
                .post("/api/imports").then(), 403);
        refused(editor("text/plain").body(article("what is a bad age for kids"))
                .queryParam("childMinAge", "three").queryParam("dryRun", "maybe").post("/api/imports").then(), 400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("childMinAge", "dryRun"));
        refused(editor("text/plain").body(article("what is an old age for kids"))
                .queryParam("childMinAge", "12").queryParam("childMaxAge", "40").post("/api/imports").then(), 400)
                .body("errors[0].field", equalTo("audience.childMaxAge"));
        refused(editor("text/plain").body(article("what is a bad type for kids"))
                .queryParam("aboutType", "not a type").post("/api/imports").then(), 400)
                .body("errors[0].field", equalTo("about.type"));
        nothingChanged();
    }

    @Test
    void anExistingSlugIsAConflictUnlessTheImportNamesItsVersion() {
        refused(post(article("what is occupational therapy for kids")), 409)
                .body("detail", containsString(SeedText.SLUG)).body("errors[0].field", equalTo("slug"));
        refused(editor("text/plain").header("If-Match", "\"999\"")
                .body(article("what is occupational therapy for kids")).post("/api/imports").then(), 409)
                .body("currentVersion", org.hamcrest.Matchers.notNullValue());
        refused(editor("text/plain").header("If-Match", "\"1\"")
                .body(article("what is a topic nobody wrote for kids")).post("/api/imports").then(), 412);
        refused(editor("text/plain").header("If-Match", "\"999\"")
                .body(article("what is occupational therapy for kids")).post("/api/imports?dryRun=true").then(), 409);
        nothingChanged();
    }

    @Test
    void ifMatchStarReimportsOntoWhateverVersionTheTopicHas() {
        String text = article("what is a star re-import for kids");
        refused(editor("text/plain; charset=utf-8").header("If-Match", "*").body(text).post("/api/imports").then(), 412);
        post(text).statusCode(201);
        String changed = text.replace("Therapists usually turn therapy", "Therapists often turn therapy");
        editor("text/plain; charset=utf-8").header("If-Match", "*").body(changed).post("/api/imports").then()
                .statusCode(200).body("document.version", equalTo(1));
        JsonNode revisions = ArticleImportTest.revisions("what-is-a-star-re-import-for-kids");
        assertEquals("re-imported from US Trends", revisions.path(1).path("action").asText());
    }

    @Test
    void twoImportsOfOneArticleAtOnceMakeOneTopic() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String text = article("what is racing import number " + round + " for kids");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<io.restassured.response.Response>> calls = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        return Api.editor().contentType("text/plain; charset=utf-8").body(text).post("/api/imports");
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<io.restassured.response.Response> call : calls) {
                    io.restassured.response.Response response = call.get();
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 409) {
                        assertEquals("application/problem+json", response.contentType());
                        assertTrue(response.asString().contains("what-is-racing-import-number-" + round + "-for-kids"),
                                response.asString());
                    }
                }
                statuses.sort(null);
                assertEquals(List.of(201, 409), statuses, "round " + round);
                assertEquals(1, ArticleImportTest.revisions("what-is-racing-import-number-" + round + "-for-kids").size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFolderOfArticlesIsReportedFileByFile() {
        String first = article("what is the first article of a folder for kids");
        String broken = "US Trends\n\nwhat is a broken article\n\nAn intro without any section after it.\n";
        String second = article("what is the second article of a folder for kids");
        JsonNode batch = Api.read(Api.editor().contentType("multipart/form-data")
                .multiPart("article", "first.txt", first.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("article", "broken.txt", broken.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("article", "second.txt", second.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8")
                // A picture that came along with the folder: not an article, whatever it says inside.
                .multiPart("article", "photo.png", first.getBytes(StandardCharsets.UTF_8), "image/png")
                .post("/api/imports").then().statusCode(200).contentType("application/json").extract().asString());
        assertEquals(2, batch.path("succeeded").asInt());
        assertEquals(2, batch.path("failed").asInt());
        JsonNode files = batch.path("articles");
        assertEquals(List.of("first.txt", "broken.txt", "second.txt", "photo.png"), files.findValuesAsText("file"));
        assertEquals(415, files.path(3).path("status").asInt(), files.path(3).toString());
        assertTrue(files.path(3).path("problem").path("detail").asText().contains("image/png"), files.path(3).toString());
        assertEquals(201, files.path(0).path("status").asInt());
        assertTrue(
                files.path(0).path("location").asText().endsWith("/api/topics/what-is-the-first-article-of-a-folder-for-kids"));
        assertEquals(400, files.path(1).path("status").asInt());
        assertTrue(files.path(1).path("problem").path("detail").asText().contains("no sections"), files.path(1).toString());
        assertEquals(201, files.path(2).path("status").asInt());
        Api.get("what-is-the-first-article-of-a-folder-for-kids");
        Api.get("what-is-the-second-article-of-a-folder-for-kids");
        assertEquals(topicsBefore + 2, topics());
    }

    @Test
    void aDryRunOfAFolderStoresNothingAndAFolderTakesNoIfMatch() {
        JsonNode batch = Api.read(Api.editor().contentType("multipart/form-data")
                .multiPart("article", "one.txt",
                        article("what is a dry folder article for kids").getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/imports?dryRun=true").then().statusCode(200).extract().asString());
        assertEquals(200, batch.path("articles").path(0).path("status").asInt());
        assertTrue(batch.path("articles").path(0).path("report").path("dryRun").asBoolean());
        refused(Api.editor().contentType("multipart/form-data").header("If-Match", "\"0\"")
                .multiPart("article", "one.txt",
                        article("what is an if match folder for kids").getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/imports").then(), 400).body("errors[0].field", equalTo("If-Match"));
        refused(Api.editor().contentType("multipart/form-data").multiPart("note", "not a file").post("/api/imports").then(),
                400);
        // Too many parts: a problem naming the body, not a 500 (over 1,000 form fields) or thousands of imports.
        RequestSpecification fields = Api.editor().contentType("multipart/form-data");
        for (int i = 0; i < 1001; i++) {
            fields = fields.multiPart("note" + i, "x");
        }
        refused(fields.post("/api/imports?dryRun=true").then(), 400).body("errors[0].field", equalTo("body"));
        RequestSpecification many = Api.editor().contentType("multipart/form-data");
        for (int i = 0; i <= ImportsResource.MAX_FILES; i++) {
            many = many.multiPart("article", "empty" + i + ".txt", new byte[0], "text/plain");
        }
        refused(many.post("/api/imports?dryRun=true").then(), 400).body("errors[0].field", equalTo("body"))
                .body("detail", containsString("at most " + ImportsResource.MAX_FILES));
        nothingChanged();
    }

    /** The flag without a value asks for the dry run: Quarkus read "?dryRun" as no parameter, and the article was stored. */
    @Test
    void aDryRunFlagWithoutAValueStoresNothing() {
        for (String query : List.of("?dryRun", "?dryRun=")) {
            String article = article("what is a flag without a value for kids");
            editor("text/plain; charset=utf-8").body(article.getBytes(StandardCharsets.UTF_8))
                    .post("/api/imports" + query).then().statusCode(200).body("dryRun", equalTo(true));
            Api.editor().contentType("multipart/form-data")
                    .multiPart("article", "flag.txt", article.getBytes(StandardCharsets.UTF_8), "text/plain")
                    .post("/api/imports" + query).then().statusCode(200)
                    .body("articles[0].status", equalTo(200)).body("articles[0].report.dryRun", equalTo(true));
        }
        nothingChanged();
    }

    /** A Spanish edition is made from one article; a folder that named an English topic was imported as English. */
    @Test
    void aFolderTakesNoTranslationOf() {
        refused(Api.editor().contentType("multipart/form-data")
                .multiPart("article", "uno.txt",
                        article("que es una carpeta de prueba para ninos").getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/imports?translationOf=" + SeedText.SLUG).then(), 400)
                .body("errors[0].field", equalTo("translationOf"));
        nothingChanged();
    }

    /**
     * A multipart body that ends before its closing boundary (cut off, or not multipart at all), or whose Content-Type
     * names an empty boundary, is the client's mistake: it was a 500 with Quarkus's error page.
     */
    @Test
    void aMultipartBodyThatDoesNotEndIsRefused() {
        String cutOff = "--XYZ\r\nContent-Disposition: form-data; name=\"article\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + article("what is a cut off article for kids");
        refused(post(cutOff.getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=XYZ"), 400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("closing boundary"));
        refused(post("not multipart".getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=XYZ"), 400);
        refused(post("--XYZ--".getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary="), 400);
        nothingChanged();
    }
}
