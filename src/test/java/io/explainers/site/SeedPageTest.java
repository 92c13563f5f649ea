package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import io.explainers.Pages;
import io.explainers.SeedText;
import io.quarkus.test.junit.QuarkusTest;

/** The seed explainer as a visitor and a crawler get it. */
@QuarkusTest
class SeedPageTest {

    static final String PATH = SeedText.PATH;
    static final String BASE_URL = "http://localhost:8080";
    final SeedText seed = SeedText.load();

    @Test
    void showsEveryPartOfTheSeedInSeedOrder() {
        String text = Pages.visibleText(Pages.get(PATH));
        // The title is a heading in the seed's lower case; the page writes it as a question. Everything else is verbatim.
        String lowerText = text.toLowerCase(Locale.ROOT);
        int from = 0;
        for (String part : seed.pageTextInOrder()) {
            int at = lowerText.indexOf(Pages.normalise(part).toLowerCase(Locale.ROOT), from);
            assertTrue(at >= 0, () -> "missing or out of order: " + part);
            assertTrue(text.contains(Pages.normalise(part)) || part.equals(seed.title()), () -> "not verbatim: " + part);
            from = at + part.length();
        }
        assertEquals(3, seed.faq().size(), "the seed's FAQ has three entries");
        assertEquals(4, seed.sectionHeadings().size(), "the seed has four sections");
    }

    @Test
    void structuresTheArticleWithRealHeadingsAndLists() {
        Document page = Pages.get(PATH);
        Elements h1 = page.select("h1");
        assertEquals(1, h1.size());
        assertTrue(h1.text().toLowerCase(Locale.ROOT).startsWith(seed.focusPhrase()));

        List<String> h2 = page.select("article h2").eachText();
        List<String> expected = new java.util.ArrayList<>(seed.sectionHeadings());
        expected.add(seed.faqHeading());
        assertEquals(expected, h2);

        // Each section's bullets are a real list, in seed order.
        Element firstSection = page.selectFirst("article section");
        assertEquals(3, firstSection.select("ul > li").size());
        assertEquals("At home:", page.select("li strong").first().text());

        // Each FAQ question is a heading with its answer right below it.
        Elements questions = page.select(".faq h3");
        assertEquals(seed.faq().size(), questions.size());
        for (int i = 0; i < questions.size(); i++) {
            assertEquals(seed.faq().get(i)[0], questions.get(i).text());
            assertEquals(seed.faq().get(i)[1], questions.get(i).nextElementSibling().text());
        }

        assertEquals("In simple terms: " + seed.inSimpleTerms(), page.selectFirst(".in-simple-terms").text());
        assertTrue(page.selectFirst(".dates").text().startsWith("Last updated 27 November 2026"));
    }

    @Test
    void headingLevelsNeverSkip() {
        Document page = Pages.get(PATH);
        int previous = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertTrue(level <= previous + 1, () -> "heading level jumps at " + heading);
            previous = level;
        }
    }

    @Test
    void hasLandmarksAndASkipLink() {
        Document page = Pages.get(PATH);
        for (String landmark : List.of("body > header", "body > main#main", "body > footer", "header nav[aria-label]")) {
            assertFalse(page.select(landmark).isEmpty(), landmark);
        }
        Element skip = page.selectFirst("body > a.skip-link");
        assertEquals("#main", skip.attr("href"));
        assertEquals(skip, page.body().child(0), "the skip link is the first thing a keyboard reaches");
    }

    @Test
    void headTellsCrawlersWhatThePageIs() {
        Document page = Pages.get(PATH);
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset").toLowerCase(Locale.ROOT));
        assertEquals("width=device-width, initial-scale=1", page.selectFirst("meta[name=viewport]").attr("content"));
        assertTrue(page.title().toLowerCase(Locale.ROOT).startsWith(seed.focusPhrase()), page.title());

        String description = page.selectFirst("meta[name=description]").attr("content");
        assertEquals(seed.metaDescription(), description);
        assertEquals(125, description.length());

        String canonical = BASE_URL + PATH;
        assertEquals(canonical, page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("article", meta(page, "og:type"));
        assertEquals(page.selectFirst("h1").text(), meta(page, "og:title"));
        assertEquals(description, meta(page, "og:description"));
        assertEquals(canonical, meta(page, "og:url"));
        assertEquals("Explainers", meta(page, "og:site_name"));
        assertEquals("en_US", meta(page, "og:locale"));
        assertFalse(page.select("meta[name=twitter:card]").attr("content").isEmpty());
    }

    @Test
    void focusPhraseWordsStandInTheIntroAndASubheading() {
        Document page = Pages.get(PATH);
        String firstParagraph = page.selectFirst(".intro p").text().toLowerCase(Locale.ROOT);
        List<String> subheadings = page.select("h2").eachText().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        for (String word : List.of("occupational", "therapy", "kids")) {
            assertTrue(firstParagraph.contains(word), word);
        }
        assertTrue(
                subheadings.stream().anyMatch(h -> h.contains("occupational") && h.contains("therapy") && h.contains("kids")));
    }

    @Test
    void everyPageEndsWithTheBottomNote() {
        for (String path : List.of("/", PATH)) {
            assertEquals(seed.bottomNote(), Pages.get(path).selectFirst("footer .bottom-note").text(), path);
        }
        assertEquals(seed.bottomNote(), Pages.get("/topics/no-such-topic", 404).selectFirst("footer .bottom-note").text());
    }

    @Test
    void homeListsThePublishedTopics() {
        Document home = Pages.get("/");
        assertEquals("Explainers", home.selectFirst("h1").text());
        assertFalse(home.selectFirst(".lead").text().isBlank());
        Element link = home.selectFirst(".topic-list a[href=" + PATH + "]");
        assertEquals("What is occupational therapy for kids?", link.text());
        assertEquals(BASE_URL + "/", home.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("website", meta(home, "og:type"));
    }

    @Test
    void servesItsStylesheetAndIcons() {
        given().get("/css/site.css").then().statusCode(200).contentType("text/css");
        given().get("/favicon.ico").then().statusCode(200);
        given().get("/apple-touch-icon.png").then().statusCode(200).contentType("image/png");
        Document page = Pages.get(PATH);
        assertEquals(1, page.select("link[rel=stylesheet]").size());
        assertTrue(page.select("script:not([type=application/ld+json])").isEmpty(), "pages need no JavaScript");
    }

    static String meta(Document page, String property) {
        return page.selectFirst("meta[property=" + property + "]").attr("content");
    }
}
