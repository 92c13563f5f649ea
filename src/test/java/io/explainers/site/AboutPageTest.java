package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.explainers.Pages;
import io.explainers.SeedText;
import io.quarkus.test.junit.QuarkusTest;

/**
 * /about says who publishes the site and how explainers are written, reviewed and corrected; every page's footer links
 * to it, and every page's structured data names it as the publisher's publishing principles.
 */
@QuarkusTest
class AboutPageTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ABOUT_URL = "http://localhost:8080/about";

    @Test
    void itSaysWhoPublishesHowExplainersAreReviewedAndWhereToReportAnError() {
        Document page = Pages.get("/about");
        assertEquals("About Explainers", page.selectFirst("h1").text());
        assertEquals("About Explainers", page.title());
        assertEquals(ABOUT_URL, page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(ABOUT_URL, page.selectFirst("meta[property=og:url]").attr("content"));
        assertTrue(page.selectFirst("meta[name=description]").attr("content").startsWith("Who publishes Explainers"));
        assertEquals(List.of("Who publishes Explainers", "How explainers are written", "How explainers are medically reviewed",
                "How mistakes are corrected", "What the note at the bottom of every page means", "Report an error"),
                page.select("main h2").eachText());
        String text = Pages.visibleText(page);
        assertTrue(text.contains("due for a fresh review 12 months after its last one"), text);
        assertTrue(!text.contains("No explainer is published before its first medical review"), "not configured so");
        assertEquals("Information gathered from public forums or data available on the internet and portrayed here.",
                page.selectFirst("main blockquote").text(), "the bottom note, quoted where it is explained");
        Element mail = page.selectFirst("main a[href^=mailto:]");
        assertEquals("mailto:corrections@explainers.test", mail.attr("href"));
        assertEquals("corrections@explainers.test", mail.text());
    }

    @Test
    void itIsAnAboutPageInTheStructuredDataAndTheSitemap() throws Exception {
        Document page = Pages.get("/about");
        JsonNode graph = graph(page);
        JsonNode about = only(graph, "AboutPage");
        assertEquals(ABOUT_URL, about.get("@id").asText());
        assertEquals(ABOUT_URL, about.get("url").asText());
        assertEquals(page.selectFirst("h1").text(), about.get("name").asText());
        assertEquals(page.selectFirst("meta[name=description]").attr("content"), about.get("description").asText());
        assertEquals(only(graph, "Organization").get("@id").asText(), about.at("/about/@id").asText());
        String sitemap = given().get("/sitemap.xml").then().statusCode(200).extract().asString();
        assertTrue(sitemap.contains("<url><loc>" + ABOUT_URL + "</loc></url>"), sitemap);
    }

    @Test
    void everyPageLinksToItFromTheFooterAndNamesItAsThePublishersPrinciples() throws Exception {
        for (String[] path : new String[][] { { "/", "200" }, { SeedText.PATH, "200" }, { "/about", "200" },
                { "/topics/no-such-topic-for-about", "404" } }) {
            Document page = Pages.get(path[0], Integer.parseInt(path[1]));
            Element link = page.selectFirst("footer.site-footer a[href=/about]");
            assertNotNull(link, "the footer of " + path[0] + " links to /about");
            assertTrue(link.text().startsWith("About Explainers"));
            JsonNode organization = only(graph(page), "Organization");
            assertEquals("http://localhost:8080" + link.attr("href"), organization.get("publishingPrinciples").asText(),
                    "the structured data of " + path[0] + " points where its footer does");
            List<String> sameAs = new ArrayList<>();
            organization.get("sameAs").forEach(url -> sameAs.add(url.asText()));
            assertEquals(List.of("https://social.example/@explainers", "https://video.example/explainers"), sameAs,
                    "as configured (the test profile)");
        }
    }

    @Test
    void otherSpellingsLeadToTheOneAddress() {
        for (String spelling : List.of("/about/", "/about;x", "//about")) {
            int status = given().redirects().follow(false).get(spelling).then().extract().statusCode();
            if (status == 301) {
                assertEquals(ABOUT_URL, given().redirects().follow(false).get(spelling).header("Location"), spelling);
            } else {
                assertEquals(404, status, spelling + " is one address or none");
            }
        }
        given().redirects().follow(false).get("/About").then().statusCode(301).header("Location", ABOUT_URL);
        given().head("/about").then().statusCode(200);
    }

    static JsonNode graph(Document page) throws Exception {
        assertEquals(1, page.select("script[type=application/ld+json]").size());
        return JSON.readTree(page.selectFirst("script[type=application/ld+json]").data()).get("@graph");
    }

    static JsonNode only(JsonNode graph, String type) {
        List<JsonNode> found = new ArrayList<>();
        graph.forEach(node -> {
            if (node.path("@type").asText().equals(type)) {
                found.add(node);
            }
        });
        assertEquals(1, found.size(), "one " + type + " node");
        return found.get(0);
    }
}
