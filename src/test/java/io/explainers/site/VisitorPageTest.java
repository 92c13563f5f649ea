package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.explainers.Pages;
import io.explainers.SeedText;
import io.explainers.TestTopics;
import io.explainers.content.TopicStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** What the issue "Visitors' experience" asks of a topic page, as the served HTML and images show it. */
@QuarkusTest
class VisitorPageTest {

    static final String PATH = SeedText.PATH;
    static final String BASE_URL = "http://localhost:8080";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestTopics topics;

    @Test
    void tableOfContentsLinksEachSectionAndTheFaqByItsAnchor() {
        Document page = Pages.get(PATH);
        Element toc = page.selectFirst("article nav.toc");
        assertEquals("On this page", toc.selectFirst("#" + toc.attr("aria-labelledby")).text());
        List<String> links = toc.select("a").eachAttr("href");
        List<String> targets = new ArrayList<>();
        page.select("article section > h2[id]").forEach(h2 -> targets.add("#" + h2.id()));
        assertEquals(targets, links);
        assertEquals("#faq", links.get(links.size() - 1));
        assertEquals(toc.select("a").eachText(), page.select("article section > h2").eachText());
    }

    @Test
    void readingTimeIsTheWordsAt200AMinuteRoundedUp() {
        SeedText seed = SeedText.load();
        int words = seed.pageTextInOrder().stream().mapToInt(text -> text.strip().split("\\s+").length).sum();
        Document page = Pages.get(PATH);
        assertEquals(((words - "In simple terms:".split(" ").length) + 199) / 200 + " min read",
                page.selectFirst(".dates .reading-time").text());
        assertTrue(words > 400 && words <= 600, "the seed reads in three minutes: " + words + " words");
    }

    @Test
    void reviewedTopicsSayByWhomWithCredentialsAndWhenTheNextReviewIsDue() {
        topics.publishedWithText("reviewed-topic", "reviewed");
        topics.reviewed("reviewed-topic", topics.reviewer("Dr. Ada Lovelace", "OTR/L", "Pediatric occupational therapist",
                "https://people.example/ada"), LocalDate.of(2026, 3, 4));
        Document page = Pages.get("/topics/reviewed-topic");
        Element reviewed = page.selectFirst("header .review .reviewed");
        assertEquals("Medically reviewed by Dr. Ada Lovelace, OTR/L, Pediatric occupational therapist on 4 March 2026",
                reviewed.text());
        assertEquals("2026-03-04", reviewed.selectFirst("time").attr("datetime"));
        Element name = reviewed.selectFirst("a");
        assertEquals("Dr. Ada Lovelace", name.text(), "the name links to the profile");
        assertEquals("https://people.example/ada", name.attr("href"));
        assertEquals("noopener", name.attr("rel"));
        Element due = page.selectFirst("header .review .next-review");
        assertEquals("Next review due March 2027", due.text(), "the last review plus 12 months");
        assertEquals("2027-03", due.selectFirst("time").attr("datetime"));
        assertNull(page.selectFirst(".not-reviewed"));
        assertTrue(page.selectFirst(".dates").text().startsWith("Last updated "));
    }

    @Test
    void aTopicNeverReviewedSaysSoAndThatItsReviewIsDue() {
        Document page = Pages.get(PATH);
        assertNull(page.selectFirst(".reviewed"), "the seed has not been reviewed: no reviewer is named");
        assertEquals("This explainer has not been medically reviewed yet.", page.selectFirst("header .review .not-reviewed")
                .text());
        assertEquals("Review due November 2026", page.selectFirst("header .review .next-review").text(),
                "due since it was published");
        assertFalse(Pages.visibleText(page).contains("Medically reviewed by"));
    }

    @Test
    void skillAreaIconsStandNextToTheFirstSectionOfOccupationalTherapyTopics() {
        Document page = Pages.get(PATH);
        Element figure = page.selectFirst("figure.skill-areas");
        assertNotNull(figure);
        assertEquals(page.selectFirst("article section"), figure.previousElementSibling(), "after the first section");
        assertFalse(figure.selectFirst("figcaption").text().isBlank());
        assertEquals(
                List.of("Fine motor", "Gross motor", "Sensory processing and self-regulation", "Self-care and daily living"),
                figure.select("li .skill-name").eachText());
        assertEquals(4, figure.select("li svg[aria-hidden=true]").size(), "icons are decoration, their labels say it");
        assertTrue(figure.select("svg[style], [style]").isEmpty(), "no inline style: the Content-Security-Policy forbids it");

        topics.publishedWithText("not-about-ot", "medical therapy");
        assertNull(Pages.get("/topics/not-about-ot").selectFirst("figure.skill-areas"), "only where it applies");
    }

    @Test
    void disclaimerAndBottomNoteBothShow() {
        Document page = Pages.get(PATH);
        String disclaimer = page.selectFirst("article aside.disclaimer").text();
        for (String part : List.of("general information", "not a substitute for professional medical advice",
                "talk to your child’s doctor or therapist")) {
            assertTrue(disclaimer.contains(part), part);
        }
        assertEquals(SeedText.load().bottomNote(), page.selectFirst("footer .bottom-note").text());
    }

    @Test
    void breadcrumbsAreTheStructuredDataBreadcrumbList() throws Exception {
        Document page = Pages.get(PATH);
        JsonNode graph = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data()).path("@graph");
        JsonNode list = null;
        for (JsonNode node : graph) {
            if ("BreadcrumbList".equals(node.path("@type").asText())) {
                list = node.path("itemListElement");
            }
        }
        assertNotNull(list);
        List<Element> crumbs = page.select("nav.breadcrumbs[aria-label=Breadcrumb] ol > li > a");
        assertEquals(list.size(), crumbs.size());
        for (int i = 0; i < crumbs.size(); i++) {
            assertEquals(list.get(i).path("name").asText(), crumbs.get(i).text());
            assertEquals(list.get(i).path("item").asText(), BASE_URL + crumbs.get(i).attr("href"));
            assertEquals(i + 1, list.get(i).path("position").asInt());
        }
        assertEquals("page", crumbs.get(crumbs.size() - 1).attr("aria-current"));
    }

    @Test
    void headNamesTheShareCard() {
        Document page = Pages.get(PATH);
        String card = BASE_URL + PATH + "/card.png";
        assertEquals(card, SeedPageTest.meta(page, "og:image"));
        assertEquals("image/png", SeedPageTest.meta(page, "og:image:type"));
        assertEquals("1200", SeedPageTest.meta(page, "og:image:width"));
        assertEquals("630", SeedPageTest.meta(page, "og:image:height"));
        assertTrue(SeedPageTest.meta(page, "og:image:alt").contains("What is occupational therapy for kids?"));
        assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals(card, page.selectFirst("meta[name=twitter:image]").attr("content"));
        assertEquals("summary", Pages.get("/").selectFirst("meta[name=twitter:card]").attr("content"),
                "no card, no large image");
    }

    @Test
    void shareCardIsA1200By630PngDrawnOnceAndRevalidated() throws Exception {
        Response card = given().header("Accept-Encoding", "gzip").get(PATH + "/card.png");
        assertEquals(200, card.statusCode());
        assertEquals("image/png", card.contentType());
        assertNull(card.header("Content-Encoding"), "a PNG is compressed already");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.asByteArray()));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        assertEquals(ShareCards.ACCENT.getRGB(), image.getRGB(5, 5), "drawn in the site's colour");

        String etag = card.header("ETag");
        assertEquals(etag, given().get(PATH + "/card.png").header("ETag"), "served from the cache: same bytes");
        given().header("If-None-Match", etag).get(PATH + "/card.png").then().statusCode(304);
        given().get("/topics/no-such-topic/card.png").then().statusCode(404);
        given().redirects().follow(false).get("/topics/Not_A_Slug/card.png").then().statusCode(301);
        given().get("/topics/not_a_slug/card.png").then().statusCode(404);
    }

    @Test
    void aLongTitleStillFitsItsCard() throws Exception {
        topics.publishedWithText("long-title-card", "Antidisestablishmentarianism ".repeat(3) + "x".repeat(40));
        byte[] png = given().get("/topics/long-title-card/card.png").then().statusCode(200).extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
    }

    @Test
    void readNextListsOtherTopicsAndFollowsTheirChanges() {
        String toOther = ".read-next a[href=/topics/read-next-a]";
        topics.publishedWithText("read-next-a", "read next");
        assertEquals("Title read next", Pages.get(PATH).selectFirst(toOther).text());
        Document other = Pages.get("/topics/read-next-a");
        // The other way round: it offers the newest other topics (which ones depends on what else the suite published).
        assertFalse(other.select(".read-next a").isEmpty(), "and the other way round");
        assertNull(other.selectFirst(toOther), "never itself");
        assertEquals("More explainers", other.selectFirst(".read-next h2").text());

        // A change of content only leaves the other topic pages as they are: same bytes, same ETag...
        String seedEtag = given().get(PATH).then().statusCode(200).extract().header("ETag");
        topics.change("read-next-a", topic -> topic.intro = "A new intro.");
        assertEquals(seedEtag, given().get(PATH).then().extract().header("ETag"));
        // ...a new title shows on them at once...
        String cardEtag = given().get("/topics/read-next-a/card.png").then().statusCode(200).extract().header("ETag");
        topics.change("read-next-a", topic -> topic.title = "A retitled explainer");
        assertEquals("A retitled explainer", Pages.get(PATH).selectFirst(toOther).text());
        assertNotEquals(cardEtag, given().get("/topics/read-next-a/card.png").then().extract().header("ETag"),
                "a new card too");
        // ...and a withdrawn topic leaves them.
        topics.change("read-next-a", topic -> topic.status = TopicStatus.ARCHIVED);
        assertNull(Pages.get(PATH).selectFirst(toOther));
        given().get("/topics/read-next-a/card.png").then().statusCode(404);
    }
}
