package io.explainers.editorial;

import static io.explainers.editorial.Api.ADMIN;
import static io.explainers.editorial.Api.as;
import static io.explainers.editorial.Api.editor;
import static io.explainers.editorial.Api.read;
import static io.explainers.editorial.Api.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.explainers.Pages;
import io.explainers.site.PageCache;
import io.restassured.response.Response;

/**
 * Editions through the API ({@code /api/topics/{slug}/editions/es}) and what the site does with them: each edition
 * is cached and dropped on its own, except where one page shows the other (the switch, hreflang).
 */
@io.quarkus.test.junit.QuarkusTest
class EditionsApiTest {

    @Inject
    PageCache cache;

    @BeforeEach
    void users() {
        Api.ensureUsers();
    }

    @Test
    void anEditionIsCreatedChangedAndPublishedWithVersionsAndRevisions() {
        String slug = Api.uniqueSlug("sensory-play");
        Api.create(Api.document(slug));
        Api.publish(slug);
        String esSlug = Api.uniqueSlug("juego-sensorial");
        String edition = "/api/topics/" + slug + "/editions/es";

        as(ADMIN).get(edition).then().statusCode(404).contentType("application/problem+json");
        ObjectNode spanish = spanish(esSlug);
        spanish.putObject("audience").put("childMinAge", 5).put("childMaxAge", 9); // not the edition's to change
        Response created = editor().body(write(spanish)).put(edition);
        assertEquals(201, created.statusCode(), created.asString());
        assertTrue(created.header("Location").endsWith(edition));
        JsonNode document = read(created);
        assertEquals("es", document.get("language").asText());
        assertEquals(slug, document.get("translationOf").asText());
        assertEquals("DRAFT", document.get("status").asText());
        assertEquals(1, document.get("audience").get("childMinAge").asInt(), "the English topic's audience");
        assertTrue(document.get("translator").isNull(), "the editorial team");

        // A second PUT changes it, with its version like any topic.
        spanish.put("title", "¿Qué es el juego sensorial para niños pequeños?");
        spanish.put("translator", "Ana García");
        Response noVersion = editor().body(write(spanish)).put(edition);
        assertEquals(428, noVersion.statusCode(), noVersion.asString());
        spanish.put("version", document.get("version").asLong() + 7);
        assertEquals(409, editor().body(write(spanish)).put(edition).statusCode());
        spanish.put("version", document.get("version").asLong());
        JsonNode changed = read(editor().body(write(spanish)).put(edition).then().statusCode(200).extract().asString());
        assertEquals("Ana García", changed.get("translator").asText());
        assertEquals(changed.get("title"), read(as(ADMIN).get(edition).then().statusCode(200).extract().asString())
                .get("title"));

        // Bad input: 4xx problem+json naming the field, nothing changed.
        ObjectNode bad = spanish(esSlug);
        bad.put("metaDescription", "corta");
        Response invalid = editor().body(write(bad)).put(edition);
        assertEquals(400, invalid.statusCode());
        assertEquals("application/problem+json", invalid.contentType());
        assertTrue(invalid.asString().contains("metaDescription"), invalid.asString());
        for (String language : List.of("fr", "en", "ES")) {
            Response unknown = editor().body(write(spanish(esSlug))).put("/api/topics/" + slug + "/editions/" + language);
            assertEquals(404, unknown.statusCode(), language);
            assertEquals("application/problem+json", unknown.contentType(), language);
        }
        assertEquals(404, as(ADMIN).get("/api/topics/no-such-topic/editions/es").statusCode());
        assertEquals(404, as(ADMIN).get("/api/topics/" + esSlug + "/editions/es").statusCode(), "an edition has no editions");
        String other = Api.uniqueSlug("other-topic");
        Api.create(Api.document(other));
        Response taken = editor().body(write(spanish(slug))).put("/api/topics/" + other + "/editions/es");
        assertEquals(409, taken.statusCode(), "an edition's slug is an address like any other: " + taken.asString());
        assertTrue(taken.asString().contains("slug"));

        Pages.get(Pages.spanishTopic(esSlug), 404); // a draft is not on the site
        editor().post(edition + "/publish").then().statusCode(200);
        Document page = Pages.get(Pages.spanishTopic(esSlug));
        assertEquals("es", page.selectFirst("html").attr("lang"));
        assertEquals("Traducido por Ana García", page.selectFirst(".translator").text());
        assertNotNull(Pages.get(Pages.topic(slug)).selectFirst("link[hreflang=es-US]"), "the English page names it now");

        List<String> actions = read(as(ADMIN).get("/api/topics/" + esSlug + "/revisions").then().statusCode(200)
                .extract().asString()).findValuesAsText("action");
        assertEquals(List.of("created the es edition of " + slug, "updated", "published"), actions);

        editor().post(edition + "/unpublish").then().statusCode(200);
        Pages.get(Pages.spanishTopic(esSlug), 404);
        assertNull(Pages.get(Pages.topic(slug)).selectFirst("link[hreflang]"), "no alternates without another edition");
    }

    @Test
    void aChangeToOneEditionLeavesTheOtherCachedUnlessItShowsTheChange() {
        String slug = Api.uniqueSlug("sensory-play");
        Api.create(Api.document(slug));
        Api.publish(slug);
        String esSlug = Api.uniqueSlug("juego-sensorial");
        String edition = "/api/topics/" + slug + "/editions/es";
        editor().body(write(spanish(esSlug))).put(edition).then().statusCode(201);
        editor().post(edition + "/publish").then().statusCode(200);
        String en = Pages.topic(slug);
        String es = Pages.spanishTopic(esSlug);

        // The Spanish text changes: its page goes, the English one stays.
        warm(en, es);
        JsonNode current = read(as(ADMIN).get(edition).then().statusCode(200).extract().asString());
        ObjectNode changed = spanish(esSlug);
        changed.put("intro", "El juego sensorial usa el tacto, el oído, la vista y el movimiento.");
        changed.put("version", current.get("version").asLong());
        editor().body(write(changed)).put(edition).then().statusCode(200);
        assertNull(cache.peek(es), "the changed edition is dropped");
        assertNotNull(cache.peek(en), "the other edition is not");
        assertTrue(Pages.get(es).text().contains("El juego sensorial usa el tacto"));

        // The English text changes: the other way round.
        warm(en, es);
        JsonNode english = Api.get(slug);
        ObjectNode text = Api.document(slug);
        text.put("intro", "Sensory play is play with all the senses.");
        text.put("version", english.get("version").asLong());
        editor().body(write(text)).put("/api/topics/" + slug).then().statusCode(200);
        assertNull(cache.peek(en));
        assertNotNull(cache.peek(es), "the Spanish page does not show the English text");

        // The English subject changes: the Spanish page shows it (structured data), so it goes, and follows it.
        warm(en, es);
        english = Api.get(slug);
        ObjectNode subject = Api.document(slug);
        subject.put("intro", "Sensory play is play with all the senses.");
        subject.putObject("about").put("type", "MedicalTherapy").put("name", "Sensory integration");
        subject.put("version", english.get("version").asLong());
        editor().body(write(subject)).put("/api/topics/" + slug).then().statusCode(200);
        assertNull(cache.peek(es), "the edition's subject changed with its topic");
        assertTrue(Pages.get(es).selectFirst("script[type=application/ld+json]").data().contains("Sensory integration"));
        assertEquals("Sensory integration", read(as(ADMIN).get(edition).then().extract().asString()).get("about")
                .get("name").asText());

        // The Spanish edition is withdrawn: the English page's switch and hreflang must go with it.
        warm(en, es);
        editor().post(edition + "/unpublish").then().statusCode(200);
        assertNull(cache.peek(en), "the English page showed the Spanish one");
        assertNull(Pages.get(en).selectFirst("header nav a[hreflang]"));
        editor().post(edition + "/publish").then().statusCode(200);
        assertEquals(es, Pages.get(en).selectFirst("header nav a[hreflang]").attr("href"));

        // Listing pages: a Spanish change leaves the English home cached.
        warm("/", "/es/");
        current = read(as(ADMIN).get(edition).then().statusCode(200).extract().asString());
        changed.put("title", "¿Qué es el juego sensorial?");
        changed.put("version", current.get("version").asLong());
        editor().body(write(changed)).put(edition).then().statusCode(200);
        assertNull(cache.peek("/es/"));
        assertNotNull(cache.peek("/"));
    }

    @Test
    void aSpanishArticleIsImportedAsTheEditionOfItsEnglishTopic() {
        String slug = Api.uniqueSlug("sensory-play");
        Api.create(Api.document(slug));
        Api.publish(slug);
        String article = io.explainers.Fixtures.text("/articles/es/que-es-el-juego-sensorial-para-ninos-pequenos.txt");
        String esSlug = "que-es-el-juego-sensorial-para-ninos-pequenos";

        // Bad parameters and unknown topics: problem+json naming what is wrong, nothing stored.
        Response withAges = importer().body(article).post("/api/imports?translationOf=" + slug + "&childMinAge=3");
        assertEquals(400, withAges.statusCode());
        assertTrue(withAges.asString().contains("translationOf"), withAges.asString());
        Response unknown = importer().body(article).post("/api/imports?translationOf=no-such-topic");
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", unknown.contentType());
        assertEquals(400, importer().body(article).post("/api/imports?translationOf=Not%20a%20slug").statusCode());

        JsonNode dryRun = read(importer().body(article).post("/api/imports?dryRun=true&translationOf=" + slug).then()
                .statusCode(200).extract().asString());
        assertEquals("perspicuity", dryRun.get("analysis").get("readability").get(1).get("id").asText(),
                "a Spanish article is analysed in Spanish");
        assertEquals(404, as(ADMIN).get("/api/topics/" + esSlug).statusCode(), "a dry run stores nothing");
        assertEquals("es", dryRun.at("/document/language").asText(), "the dry run's document is the edition's");
        assertEquals(slug, dryRun.at("/document/translationOf").asText());

        Response imported = importer().body(article).post("/api/imports?translationOf=" + slug);
        assertEquals(201, imported.statusCode(), imported.asString());
        JsonNode document = read(imported).get("document");
        assertEquals(esSlug, document.get("slug").asText());
        assertEquals("es", document.get("language").asText());
        assertEquals(slug, document.get("translationOf").asText());
        assertEquals("¿Qué es el juego sensorial para niños pequeños?", document.get("title").asText());
        assertEquals("Preguntas frecuentes", document.get("faqHeading").asText());
        assertEquals("Tendencias EE. UU.", document.get("source").asText());
        assertEquals("Sensory play", document.get("about").get("name").asText(), "the English topic's subject");
        assertEquals(List.of(), read(imported).get("warnings").findValuesAsText("message"));
        assertEquals(esSlug, read(as(ADMIN).get("/api/topics/" + slug + "/editions/es").then().statusCode(200).extract()
                .asString()).get("slug").asText());
        JsonNode analysis = read(imported).get("analysis");
        for (JsonNode check : analysis.get("seo")) {
            // A short test article: only its length falls short; the Spanish focus phrase is found everywhere.
            if (!check.get("id").asText().equals("body-length")) {
                assertEquals("good", check.get("status").asText(), check.toString());
            }
        }

        // Again without If-Match: the edition exists, so it is a 409; with it, a new revision. A dry run says so in
        // its report, as for an English topic, where it was the 409.
        assertEquals(409, importer().body(article).post("/api/imports?translationOf=" + slug).statusCode());
        long version = read(as(ADMIN).get("/api/topics/" + esSlug).then().extract().asString()).get("version").asLong();
        JsonNode again = read(importer().body(article).post("/api/imports?dryRun=true&translationOf=" + slug).then()
                .statusCode(200).extract().asString());
        assertTrue(again.get("warnings").findValuesAsText("message").stream()
                .anyMatch(message -> message.contains("importing needs If-Match: \"" + version + "\"")), again.toString());
        assertEquals("DRAFT", again.get("status").asText());
        importer().header("If-Match", "\"" + (version + 5) + "\"").body(article)
                .post("/api/imports?dryRun=true&translationOf=" + slug).then().statusCode(409);
        importer().header("If-Match", "*").body(article).post("/api/imports?translationOf=" + slug).then().statusCode(200);

        editor().post("/api/topics/" + slug + "/editions/es/publish").then().statusCode(200);
        Document page = Pages.get(Pages.spanishTopic(esSlug));
        assertEquals("En términos simples: el juego sensorial es aprender tocando y probando.",
                page.selectFirst(".in-simple-terms").text());
        assertEquals("http://localhost:8080" + Pages.topic(slug), page.selectFirst("link[hreflang=x-default]").attr("href"));
    }

    private static io.restassured.specification.RequestSpecification importer() {
        return editor().contentType("text/plain; charset=utf-8");
    }

    private void warm(String... paths) {
        for (String path : paths) {
            Pages.get(path);
            assertNotNull(cache.peek(path), path);
        }
    }

    /** A Spanish edition of {@link Api#document}. */
    @Test
    void anArchivedSpanishEditionAnswersTheSpanish410PageAndLeavesTheEnglishTopicAlone() {
        String slug = Api.uniqueSlug("messy-play");
        Api.create(Api.document(slug));
        Api.publish(slug);
        String esSlug = Api.uniqueSlug("juego-libre");
        String edition = "/api/topics/" + slug + "/editions/es";
        editor().body(write(spanish(esSlug))).put(edition).then().statusCode(201);
        editor().post(edition + "/publish").then().statusCode(200);
        Pages.get("/es/temas/" + esSlug); // cached, so the archive must evict it
        editor().delete("/api/topics/" + esSlug).then().statusCode(200); // archive

        Document gone = Pages.get("/es/temas/" + esSlug, 410);
        assertEquals("es", gone.selectFirst("html").attr("lang"));
        assertEquals("Esta explicación ya no está disponible", gone.selectFirst("h1").text());
        assertTrue(gone.selectFirst(".lead").text().contains("ya no está en Explainers"), gone.selectFirst(".lead").text());
        // The message after the link began with an escaped space, whose backslash Qute kept: "inicio\ o leer".
        assertTrue(gone.selectFirst(".lead").text().endsWith("página de inicio o leer una de nuestras explicaciones más "
                + "recientes aquí abajo."), gone.selectFirst(".lead").text());
        assertNotNull(gone.selectFirst("main a[href=/es/]"), "a way to the Spanish home");
        assertTrue(gone.select(".topic-list a").eachAttr("href").stream().allMatch(href -> href.startsWith("/es/temas/")));
        Pages.get("/topics/" + slug); // the English topic is still there
        Pages.get("/topics/" + esSlug, 404); // an edition answers at its own language's address only
    }

    /** A PUT that names a version means "change it": with no edition there, it was taken as a create. */
    @Test
    void aVersionedPutOfAnEditionThatIsNotThereIsAPreconditionFailure() {
        String slug = Api.uniqueSlug("tummy-time");
        Api.create(Api.document(slug));
        String edition = "/api/topics/" + slug + "/editions/es";
        String esSlug = Api.uniqueSlug("tiempo-boca-abajo");
        for (String ifMatch : List.of("\"0\"", "*")) {
            editor().header("If-Match", ifMatch).body(write(spanish(esSlug))).put(edition).then().statusCode(412)
                    .contentType("application/problem+json");
        }
        editor().body(write(spanish(esSlug).put("version", 7))).put(edition).then().statusCode(412);
        editor().get(edition).then().statusCode(404);
        editor().body(write(spanish(esSlug))).put(edition).then().statusCode(201);
    }

    static ObjectNode spanish(String slug) {
        ObjectNode doc = Api.document(slug);
        doc.put("title", "¿Qué es el juego sensorial para niños pequeños?");
        doc.put("focusPhrase", "qué es el juego sensorial para niños pequeños");
        doc.put("metaDescription", "Descubre qué es el juego sensorial para niños pequeños, por qué importa e ideas fáciles "
                + "para probar en casa esta semana.");
        doc.put("intro", "El juego sensorial es jugar con el tacto, el oído, la vista, el olfato y el movimiento.");
        doc.put("faqHeading", "Preguntas frecuentes");
        return doc;
    }
}
