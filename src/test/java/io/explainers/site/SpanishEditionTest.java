package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import io.explainers.Fixtures;
import io.explainers.Pages;
import io.explainers.SeedText;
import io.quarkus.test.junit.QuarkusTest;

/** The seed's Spanish edition, the Spanish home and 404 pages, and how the two languages point at each other. */
@QuarkusTest
class SpanishEditionTest {

    static final String BASE_URL = "http://localhost:8080";
    static final String ES = SeedText.SPANISH_PATH;
    static final String EN = SeedText.PATH;

    @Test
    void theSeedReadsInSpanishWithEveryPartOfTheEnglishOne() {
        Document page = Pages.get(ES);
        Document english = Pages.get(EN);
        assertEquals("es", page.selectFirst("html").attr("lang"));
        assertEquals("¿Qué es la terapia ocupacional para niños?", page.selectFirst("h1").text());
        assertEquals("¿Qué es la terapia ocupacional para niños? | Explainers", page.title());
        String description = page.selectFirst("meta[name=description]").attr("content");
        assertTrue(description.length() >= 120 && description.length() <= 156, description.length() + ": " + description);
        assertTrue(description.contains("qué es la terapia ocupacional para niños"), description);

        // Every part of the English page has its Spanish counterpart: sections, bullets, labels, FAQ, "in simple terms".
        assertEquals(english.select("article h2").size(), page.select("article h2").size());
        assertEquals(english.select("article section li").size(), page.select("article section li").size());
        assertEquals(List.of("En casa:", "En la escuela:", "En la vida social:"), page.select("li strong").eachText());
        assertEquals(english.select(".faq h3").size(), page.select(".faq h3").size());
        assertTrue(page.selectFirst(".in-simple-terms").text().startsWith("En términos simples: La terapia ocupacional"));
        assertEquals("Qué es la terapia ocupacional para niños", page.select("article h2").first().text(),
                "the focus phrase in a subheading");

        // The interface is Spanish too, dates included.
        assertTrue(page.selectFirst(".dates").text().startsWith("Última actualización: 27 de noviembre de 2026"),
                page.selectFirst(".dates").text());
        assertTrue(page.selectFirst(".reading-time").text().endsWith("min de lectura"));
        assertEquals("En esta página", page.selectFirst(".toc-title").text());
        assertEquals("Saltar al contenido principal", page.selectFirst(".skip-link").text());
        assertTrue(page.selectFirst(".disclaimer").text().startsWith("Ten en cuenta:"));
        assertEquals("Aviso médico", page.selectFirst(".disclaimer").attr("aria-label"));
        assertEquals("Información reunida de foros públicos o de datos disponibles en internet y presentada aquí.",
                page.selectFirst(".bottom-note").text());
        assertEquals("Explainers: explicaciones de salud para padres", page.selectFirst(".site-name").text());
        assertFalse(Pages.visibleText(page).contains("Last updated"));

        // Credited to the team, and honest that no health professional has reviewed it.
        assertEquals("Traducido por el equipo editorial de Explainers", page.selectFirst(".translator").text());
        assertEquals("Esta traducción aún no ha sido revisada por un profesional de la salud.",
                page.selectFirst(".not-reviewed").text());
        assertNull(page.selectFirst(".reviewed"));
        assertNull(english.selectFirst(".translation"), "the English original names no translator");
    }

    @Test
    void theHeadSaysSpanishForTheUnitedStates() {
        Document page = Pages.get(ES);
        assertEquals(BASE_URL + ES, page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("es_US", meta(page, "og:locale"));
        assertEquals("en_US", meta(page, "og:locale:alternate"));
        assertEquals("en_US", meta(Pages.get(EN), "og:locale"));
        assertEquals("es_US", meta(Pages.get(EN), "og:locale:alternate"));
        assertEquals(BASE_URL + ES + "/card.png", meta(page, "og:image"));
        given().get(ES + "/card.png").then().statusCode(200).contentType("image/png");
    }

    @Test
    void hreflangAlternatesAreAbsoluteAndReciprocal() {
        for (String start : List.of(EN, ES, "/", Pages.SPANISH_HOME)) {
            Map<String, String> alternates = alternates(Pages.get(start));
            assertEquals(List.of("en-US", "es-US", "x-default"), new ArrayList<>(alternates.keySet()), start);
            assertEquals(alternates.get("en-US"), alternates.get("x-default"), "x-default is the English page");
            assertTrue(alternates.containsValue(BASE_URL + start), start + " names itself among its alternates");
            for (String url : alternates.values()) {
                assertTrue(url.startsWith(BASE_URL + "/"), "absolute: " + url);
                Document other = Pages.get(url.substring(BASE_URL.length()));
                assertEquals(alternates, alternates(other), url + " links back with the same set");
                String lang = other.selectFirst("html").attr("lang");
                String hreflang = alternates.entrySet().stream().filter(e -> e.getValue().equals(url)
                        && !e.getKey().equals("x-default")).findFirst().orElseThrow().getKey();
                assertTrue(hreflang.startsWith(lang + "-"), url + " is in the language its hreflang says");
            }
        }
    }

    @Test
    void eachPageWithAnotherEditionHasAVisibleSwitch() {
        Element toEnglish = Pages.get(ES).selectFirst("header nav a[hreflang]");
        assertEquals(EN, toEnglish.attr("href"));
        assertEquals("en-US", toEnglish.attr("hreflang"));
        assertEquals("en", toEnglish.attr("lang"));
        assertEquals("English", toEnglish.text());

        Element toSpanish = Pages.get(EN).selectFirst("header nav a[hreflang]");
        assertEquals(ES, toSpanish.attr("href"));
        assertEquals("es-US", toSpanish.attr("hreflang"));
        assertEquals("es", toSpanish.attr("lang"));
        assertEquals("Español", toSpanish.text());

        assertEquals(Pages.SPANISH_HOME, Pages.get("/").selectFirst("header nav a[hreflang]").attr("href"));
        assertEquals("/", Pages.get(Pages.SPANISH_HOME).selectFirst("header nav a[hreflang]").attr("href"));
    }

    @Test
    void theSpanishHomeListsSpanishEditionsOnlyAndTheEnglishOneEnglishOnly() {
        Document home = Pages.get(Pages.SPANISH_HOME);
        assertEquals("es", home.selectFirst("html").attr("lang"));
        assertEquals(BASE_URL + Pages.SPANISH_HOME, home.selectFirst("link[rel=canonical]").attr("href"));
        List<String> links = home.select(".topic-list a").eachAttr("href");
        assertTrue(links.contains(ES), links.toString());
        assertTrue(links.stream().allMatch(link -> link.startsWith("/es/temas/")), links.toString());
        assertEquals("/es/", home.selectFirst("a.brand").attr("href"));
        assertTrue(home.title().startsWith("Explainers: explicaciones de salud para padres"), home.title());

        List<String> english = Pages.get("/").select(".topic-list a").eachAttr("href");
        assertTrue(english.contains(EN));
        assertTrue(english.stream().noneMatch(link -> link.startsWith("/es/")), english.toString());
    }

    @Test
    void spanishAddressesHaveOneSpelling() {
        given().redirects().follow(false).get("/es").then().statusCode(301).header("Location", BASE_URL + "/es/");
        given().redirects().follow(false).get("/es/?page=1").then().statusCode(301).header("Location", BASE_URL + "/es/");
        given().redirects().follow(false).get("/es/temas/QUE-ES-LA-TERAPIA-OCUPACIONAL-PARA-NINOS").then().statusCode(301)
                .header("Location", BASE_URL + ES);
        // An edition lives at its own language's address only.
        Pages.get(Pages.spanishTopic(SeedText.SLUG), 404);
        Pages.get(Pages.topic(SeedText.SPANISH_SLUG), 404);
    }

    @Test
    void addressesUnderTheSpanishHomeThatLeadNowhereGetTheSpanish404() {
        Document page = Pages.get("/es/temas/no-existe", 404);
        assertEquals("es", page.selectFirst("html").attr("lang"));
        assertEquals("No encontramos esa página", page.selectFirst("h1").text());
        assertEquals("Página no encontrada | Explainers", page.title());
        assertNotNull(page.selectFirst("main a[href=/es/]"), "a way to the Spanish home");
        assertTrue(page.select(".topic-list a").eachAttr("href").contains(ES), "recent Spanish explainers");
        assertNull(page.selectFirst("link[rel=alternate][hreflang]"), "no language alternates");

        Document english = Pages.get("/topics/no-such-topic", 404);
        assertEquals("en", english.selectFirst("html").attr("lang"));
        assertFalse(english.select(".topic-list a").eachAttr("href").contains(ES));
    }

    @Test
    void theSitemapNamesEachEditionWithItsAlternates() {
        String xml = given().get("/sitemap.xml").then().statusCode(200).extract().asString();
        Document sitemap = Jsoup.parse(xml, "", Parser.xmlParser());
        Map<String, Map<String, String>> alternatesByUrl = new HashMap<>();
        for (Element url : sitemap.select("url")) {
            Map<String, String> links = new java.util.LinkedHashMap<>();
            url.getElementsByTag("xhtml:link").forEach(link -> links.put(link.attr("hreflang"), link.attr("href")));
            alternatesByUrl.put(url.selectFirst("loc").text(), links);
        }
        Map<String, String> expected = Map.of("en-US", BASE_URL + EN, "es-US", BASE_URL + ES, "x-default", BASE_URL + EN);
        assertEquals(expected, alternatesByUrl.get(BASE_URL + EN));
        assertEquals(expected, alternatesByUrl.get(BASE_URL + ES));
        assertEquals(alternatesByUrl.get(BASE_URL + EN), alternatesByUrl.get(BASE_URL + ES), "reciprocal");
        assertEquals(BASE_URL + "/es/", alternatesByUrl.get(BASE_URL + "/").get("es-US"));
        assertTrue(xml.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
    }

    @Test
    void englishPagesAreAsBeforeApartFromTheirAlternatesAndTheSwitch() {
        // Pages saved from the application before editions existed; rendered now, then the new lines taken out.
        for (String[] page : new String[][] { { EN, "/before-editions/seed.html" }, { "/", "/before-editions/home.html" },
                { "/topics/no-such-topic", "/before-editions/not-found.html" } }) {
            int status = page[0].startsWith("/topics/no-") ? 404 : 200;
            // The stylesheet and icons have been linked by versioned addresses since (StaticAssets).
            String now = given().get(page[0]).then().statusCode(status).extract().asString()
                    .replaceAll("\\?v=[0-9a-f]{12}\"", "\"");
            String before = Fixtures.text(page[1]);
            boolean listsTopics = !page[0].equals(EN); // the home page's JSON-LD lists every topic
            assertEquals(withoutListsOfOtherTopics(before, listsTopics),
                    withoutListsOfOtherTopics(withoutEditions(now), listsTopics), page[0]);
            assertFalse(now.equals(before) && page[0].equals(EN), "the seed page does name its Spanish edition");
        }
    }

    /**
     * The lines editions added: hreflang links, og:locale:alternate, the switch, workTranslation in the JSON-LD, and the
     * site's second language there.
     */
    static String withoutEditions(String html) {
        return html.replace("\"inLanguage\":[\"en\",\"es\"]", "\"inLanguage\":\"en\"")
                .replaceAll("(?m)^<link rel=\"alternate\" hreflang=[^\\n]*\\n", "")
                .replaceAll("(?m)^<meta property=\"og:locale:alternate\"[^\\n]*\\n", "")
                .replaceAll("(?m)^ *<li><a href=\"[^\"]*\" hreflang=\"[^\"]*\" lang=\"[^\"]*\">[^<]*</a></li>\\n", "")
                .replaceAll(",\"workTranslation\":\\[[^\\]]*\\]", "");
    }

    /** Other tests publish topics in the same application; which ones a list shows is not what is compared. */
    static String withoutListsOfOtherTopics(String html, boolean structuredData) {
        String shown = html.replaceAll("(?s)<nav class=\"read-next\".*?</nav>\\n", "")
                .replaceAll("(?s)<ul class=\"topic-list\">.*?</ul>\\n", "")
                .replaceAll("(?s)<nav class=\"pagination\".*?</nav>\\n", "");
        return structuredData ? shown.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "") : shown;
    }

    private static Map<String, String> alternates(Document page) {
        Map<String, String> alternates = new java.util.LinkedHashMap<>();
        page.select("head link[rel=alternate][hreflang]").forEach(link -> alternates.put(link.attr("hreflang"),
                link.attr("href")));
        return alternates;
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "]");
        return meta == null ? null : meta.attr("content");
    }
}
