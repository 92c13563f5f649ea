package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.explainers.SeedText;
import io.explainers.TestTopics;
import io.explainers.content.FormerSlug;
import io.explainers.content.Topic;
import io.explainers.content.TopicStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** What crawlers read: the sitemap, robots.txt, and permanent redirects to canonical addresses. */
@QuarkusTest
class CrawlingTest {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String SEED = SeedText.PATH;

    @Inject
    TestTopics topics;

    @Inject
    PageCache cache;

    @Test
    void sitemapListsHomeAndEveryPublishedTopicWithItsRealModificationDate() throws Exception {
        topics.create("sitemap-draft", TopicStatus.DRAFT, "draft");
        topics.publishedWithText("sitemap-published", "published");

        String xml = given().get("/sitemap.xml").then().statusCode(200)
                .contentType("application/xml").extract().asString();
        Document sitemap = parse(xml);
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        assertEquals(NS, sitemap.getDocumentElement().getNamespaceURI());

        Map<String, String> lastmods = new HashMap<>();
        NodeList urls = sitemap.getElementsByTagNameNS(NS, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = text(url, "loc");
            assertTrue(loc.startsWith("http://localhost:8080/"), "absolute URL: " + loc);
            assertEquals(0, url.getElementsByTagNameNS(NS, "priority").getLength());
            assertEquals(0, url.getElementsByTagNameNS(NS, "changefreq").getLength());
            lastmods.put(loc, url.getElementsByTagNameNS(NS, "lastmod").getLength() == 0 ? null : text(url, "lastmod"));
        }
        assertTrue(lastmods.containsKey("http://localhost:8080/"));
        assertEquals("2026-11-27T09:00:00Z", lastmods.get("http://localhost:8080" + SEED));
        String stored = QuarkusTransaction.requiringNew()
                .call(() -> Topic.findBySlug("sitemap-published").orElseThrow().modifiedAt.toString());
        assertEquals(stored, lastmods.get("http://localhost:8080/topics/sitemap-published"));
        assertTrue(!lastmods.containsKey("http://localhost:8080/topics/sitemap-draft"), "drafts are not listed");
        long published = QuarkusTransaction.requiringNew().call(() -> Topic.count("status", TopicStatus.PUBLISHED));
        assertEquals(published + 3, urls.getLength(), "the home pages, the About page and every published topic");
        assertEquals(lastmods.get("http://localhost:8080/"), lastmods.get("http://localhost:8080/es/"),
                "the Spanish home page is listed too, changing with the content as the English one does");
        assertTrue(lastmods.containsKey("http://localhost:8080/about"));
        assertEquals(null, lastmods.get("http://localhost:8080/about"),
                "no made-up date for a page only configuration changes");

        given().get("/sitemap-1.xml").then().statusCode(404);
    }

    /**
     * Every address has one form, sent whatever the request accepts: a crawler that asked for robots.txt with an
     * HTML-only Accept got a 406, which RFC 9309 reads as "no rules". Each address is asked first with such an Accept
     * while nothing is cached (the resources answer), then again (the cache answers).
     */
    @Test
    void everyAddressAnswersWhateverTheRequestAccepts() {
        Map<String, String> types = Map.of("/", "text/html", "/es/", "text/html", SEED, "text/html",
                SEED + "/card.png", "image/png", "/about", "text/html", "/robots.txt", "text/plain",
                "/sitemap.xml", "application/xml", "/feed.xml", "application/atom+xml");
        cache.evictAll();
        for (String accept : List.of("text/html,application/xhtml+xml", "application/json", "image/webp", "text/xml",
                "nothing/at-all")) {
            for (Map.Entry<String, String> address : types.entrySet()) {
                for (String method : List.of("GET", "HEAD")) {
                    io.restassured.response.Response response = given().header("Accept", accept)
                            .request(method, address.getKey());
                    String asked = method + " " + address.getKey() + " with Accept: " + accept;
                    assertEquals(200, response.statusCode(), asked);
                    assertTrue(response.contentType().startsWith(address.getValue()), asked + ": " + response.contentType());
                    String vary = response.header("Vary") == null ? "" : response.header("Vary");
                    assertTrue(!vary.matches("(?i)(.*,)? *accept *(,.*)?"), asked + " does not vary with Accept: " + vary);
                }
            }
        }
        given().header("Accept", "application/json").get("/no-such-page").then().statusCode(404).contentType("text/html");
    }

    @Test
    void robotsAllowsTheSiteAndNamesTheSitemap() {
        String robots = given().get("/robots.txt").then().statusCode(200).contentType("text/plain")
                .extract().asString();
        List<String> lines = robots.lines().toList();
        assertTrue(lines.contains("User-agent: *"));
        assertTrue(lines.contains("Allow: /"));
        assertTrue(lines.contains("Disallow: /api/"));
        assertTrue(lines.contains("Disallow: /q/"));
        assertTrue(lines.contains("Sitemap: http://localhost:8080/sitemap.xml"));
    }

    @Test
    void nonCanonicalTopicAddressesRedirectPermanently() {
        for (String path : List.of(SEED + "/", "/topics/What-Is-Occupational-Therapy-For-Kids",
                "/topics/WHAT-IS-OCCUPATIONAL-THERAPY-FOR-KIDS/")) {
            given().redirects().follow(false).get(path).then()
                    .statusCode(301)
                    .header("Location", "http://localhost:8080" + SEED);
        }
    }

    /** Crawlers' files have one address each: any other spelling of it was served as a second copy. */
    @Test
    void otherSpellingsOfTheCrawlersFilesAndCardsLeadToTheOneAddress() throws Exception {
        Map<String, String> spellings = new HashMap<>(Map.of("/sitemap.xml/", "/sitemap.xml", "/sitemap.xml;x",
                "/sitemap.xml", "//sitemap.xml", "/sitemap.xml", "/robots.txt/", "/robots.txt", "/robots.txt;a", "/robots.txt",
                "/feed.xml/", "/feed.xml", "/feed.xml;v=1", "/feed.xml", "/feed.xml/?x=1", "/feed.xml?x=1"));
        // Share cards are what a crawler of Open Graph images fetches.
        String card = SEED + "/card.png";
        spellings.put(card + "/", card);
        spellings.put(card + ";x", card);
        spellings.put("/topics/" + SeedText.SLUG.toUpperCase(Locale.ROOT) + "/card.png", card);
        // Capitals anywhere, not only in a slug: these led nowhere (404) and now take one hop.
        spellings.put("/Feed.xml", "/feed.xml");
        spellings.put("/SITEMAP.XML?x=1", "/sitemap.xml?x=1");
        spellings.put("/About", "/about");
        spellings.put("/Topics/" + SeedText.SLUG, SEED);
        spellings.put("/TOPICS/" + SeedText.SLUG.toUpperCase(Locale.ROOT), SEED);
        spellings.put("/ES/Temas/" + SeedText.SPANISH_SLUG, SeedText.SPANISH_PATH);
        // Capitals and another spelling at once: still one hop, to the address as the site writes it.
        spellings.put("/Topics/" + SeedText.SLUG.toUpperCase(Locale.ROOT) + "/", SEED);
        spellings.put("/ES", "/es/");
        spellings.put("/Es/", "/es/");
        spellings.put("/ABOUT/", "/about");
        spellings.put("/About;x/", "/about");
        spellings.put("/About/./", "/about");
        spellings.put("/SITEMAP.XML/", "/sitemap.xml");
        spellings.put("/Es/Temas/" + SeedText.SPANISH_SLUG + "/", SeedText.SPANISH_PATH);
        // The JDK's client sends the path as written; RestAssured makes "//" one slash.
        HttpClient client = HttpClient.newHttpClient();
        for (Map.Entry<String, String> spelling : spellings.entrySet()) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + RestAssured.port + spelling.getKey())).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(301, response.statusCode(), spelling.getKey());
            assertEquals("http://localhost:8080" + spelling.getValue(),
                    response.headers().firstValue("Location").orElse(null), spelling.getKey());
        }
        for (String address : List.of("/sitemap.xml", "/robots.txt", "/feed.xml", card, "/about", SeedText.SPANISH_PATH)) {
            given().redirects().follow(false).get(address).then().statusCode(200);
        }
        // An address with capitals that leads nowhere in lower case either ends at the not-found page, after one hop.
        given().redirects().follow(false).get("/Nothing-Here").then().statusCode(301)
                .header("Location", "http://localhost:8080/nothing-here");
        given().redirects().follow(false).get("/nothing-here").then().statusCode(404).contentType("text/html");
    }

    @Test
    void formerSlugsRedirectToTheCurrentOne() throws Exception {
        topics.publishedWithText("topic-old-name", "renamed");
        topics.change("topic-old-name", topic -> {
            FormerSlug former = new FormerSlug();
            former.slug = topic.slug;
            former.topic = topic;
            former.persist();
            topic.slug = "topic-new-name";
        });
        given().redirects().follow(false).get("/topics/topic-old-name").then()
                .statusCode(301)
                .header("Location", "http://localhost:8080/topics/topic-new-name");
        given().get("/topics/topic-new-name").then().statusCode(200);
        // Another spelling of the former slug goes to the current one in one hop, not by way of the former slug.
        Map<String, String> spellings = Map.of("/topics/Topic-Old-Name", "/topics/topic-new-name", "/topics/topic-old-name/",
                "/topics/topic-new-name", "/topics/topic-old-name;x", "/topics/topic-new-name",
                "/topics/topic-old-name/card.png/", "/topics/topic-new-name/card.png");
        HttpClient client = HttpClient.newHttpClient(); // sends the path as written; RestAssured encodes the ";"
        for (Map.Entry<String, String> spelling : spellings.entrySet()) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + RestAssured.port + spelling.getKey())).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(301, response.statusCode(), spelling.getKey());
            assertEquals("http://localhost:8080" + spelling.getValue(), response.headers().firstValue("Location").orElse(null),
                    spelling.getKey());
        }
    }

    @Test
    void iconsAreServedSoBrowsersLogNo404() {
        given().get("/favicon.ico").then().statusCode(200).contentType("image/x-icon");
        given().get("/favicon.svg").then().statusCode(200).contentType("image/svg+xml");
        given().get("/apple-touch-icon.png").then().statusCode(200).contentType("image/png");
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(NS, name).item(0).getTextContent();
    }

}
