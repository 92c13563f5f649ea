package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import io.explainers.Pages;
import io.explainers.SeedText;
import io.explainers.TestTopics;
import io.explainers.content.Topic;
import io.explainers.content.TopicStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The Atom feed, read by ROME and by hand, and the sitemap's share cards. */
@QuarkusTest
class FeedAndImageSitemapTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String IMAGE = "http://www.google.com/schemas/sitemap-image/1.1";

    @Inject
    TestTopics topics;
    @Inject
    PageCache cache;

    @Test
    void theFeedIsAtomWithStableIdsAndTheMetaDescriptionAsSummary() throws Exception {
        cache.evictAll(); // the first request of its kind
        String body = given().get("/feed.xml").then().statusCode(200)
                .contentType("application/atom+xml;charset=UTF-8").extract().asString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(body));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Explainers", feed.getTitle());
        assertNotNull(feed.getPublishedDate(), "the feed's updated");
        assertFalse(feed.getEntries().isEmpty());
        assertTrue(feed.getEntries().size() <= FeedResource.ENTRIES);
        SyndEntry newest = feed.getEntries().get(0);
        Topic latest = QuarkusTransaction.requiringNew().call(() -> Topic.<Topic> find("status",
                io.quarkus.panache.common.Sort.descending("modifiedAt", "id"), TopicStatus.PUBLISHED).firstResult());
        assertEquals(latest.title, newest.getTitle());
        assertEquals(latest.metaDescription, newest.getDescription().getValue(), "the meta description as summary");
        assertEquals("tag:localhost,2025:topic:" + latest.id, newest.getUri());
        assertEquals(latest.modifiedAt, newest.getUpdatedDate().toInstant(), "updated: the topic's modification time");
        assertEquals(latest.publishedAt, newest.getPublishedDate().toInstant());

        // By hand: RFC 4287's required elements, a self link, and unique ids.
        org.w3c.dom.Document xml = xml(body);
        Element root = xml.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("http://localhost:8080/feed.xml", selfLink(root));
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "summary", "link")) {
                assertEquals(1, entry.getElementsByTagNameNS(ATOM, required).getLength(), required);
            }
            assertTrue(ids.add(entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent()), "unique ids");
        }
    }

    @Test
    void anEntryKeepsItsIdThroughARenameAndLeavesWhenUnpublished() throws Exception {
        String slug = "feed-topic-" + System.nanoTime();
        Topic topic = topics.publishedWithText(slug, "feed <b>&amp; escaping</b>");
        SyndEntry entry = entry(feed(), Pages.topic(slug));
        assertEquals("Title feed <b>&amp; escaping</b>", entry.getTitle(), "text, escaped in the XML, read back as text");
        assertEquals("tag:localhost,2025:topic:" + topic.id, entry.getUri());
        Instant updated = entry.getUpdatedDate().toInstant();

        topics.change(slug, t -> t.slug = slug + "-renamed");
        SyndEntry renamed = entry(feed(), Pages.topic(slug + "-renamed"));
        assertEquals(entry.getUri(), renamed.getUri(), "the id never changes for a topic");
        assertFalse(renamed.getUpdatedDate().toInstant().isBefore(updated));
        assertEquals(renamed.getUri(), feed().getEntries().get(0).getUri(), "the most recently changed comes first");

        topics.change(slug + "-renamed", t -> t.status = TopicStatus.DRAFT);
        assertTrue(feed().getEntries().stream().noneMatch(e -> e.getUri().equals(renamed.getUri())));
    }

    @Test
    void everyPageLinksTheFeed() {
        for (Document page : List.of(Pages.get("/"), Pages.get(SeedText.PATH), Pages.get("/topics/nowhere-at-all", 404))) {
            var link = page.selectFirst("head link[rel=alternate][type=application/atom+xml]");
            assertNotNull(link, page.title());
            assertTrue(link.attr("href").endsWith("/feed.xml"), link.attr("href"));
            assertFalse(link.attr("title").isBlank());
        }
    }

    @Test
    void theSitemapNamesEachTopicsShareCard() throws Exception {
        String slug = "card-in-sitemap-" + System.nanoTime();
        topics.publishedWithText(slug, "card");
        org.w3c.dom.Document xml = xml(given().get("/sitemap.xml").then().statusCode(200).extract().asString());
        NodeList urls = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        int topicUrls = 0;
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = url.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").item(0)
                    .getTextContent();
            NodeList images = url.getElementsByTagNameNS(IMAGE, "image");
            if (!loc.contains("/topics/")) {
                assertEquals(0, images.getLength(), loc + " is no topic: it has no card");
                continue;
            }
            topicUrls++;
            assertEquals(1, images.getLength(), loc);
            String card = ((Element) images.item(0)).getElementsByTagNameNS(IMAGE, "loc").item(0).getTextContent();
            assertEquals(loc + "/card.png", card);
            // The card is there, where the sitemap says.
            given().get(card.replaceFirst("^https?://[^/]+", "")).then().statusCode(200).contentType("image/png");
            break;
        }
        assertTrue(topicUrls > 0);
        assertTrue(given().get("/sitemap.xml").asString().contains("/topics/" + slug + "/card.png"));
    }

    private static SyndFeed feed() throws Exception {
        return new SyndFeedInput().build(new StringReader(given().get("/feed.xml").then().statusCode(200).extract()
                .asString()));
    }

    private static SyndEntry entry(SyndFeed feed, String path) {
        return feed.getEntries().stream().filter(e -> e.getLink().endsWith(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is not in the feed"));
    }

    private static String selfLink(Element root) {
        NodeList links = root.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getParentNode() == root && "self".equals(link.getAttribute("rel"))) {
                return link.getAttribute("href");
            }
        }
        assertNull("no self link");
        return null;
    }

    private static org.w3c.dom.Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    }
}
