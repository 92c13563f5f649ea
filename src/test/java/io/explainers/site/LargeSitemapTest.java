package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A site of 60,000 topics: the sitemap becomes an index of numbered sitemaps of at most 50,000 URLs each. */
@QuarkusTest
@TestProfile(LargeSitemapTest.LargeSite.class)
// It brings its own in-memory H2 so that the 60,000 topics stay out of the other tests' way; the sitemap's SQL is
// the same keyset paging the PostgreSQL suite runs in CrawlingTest.
@DisabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql")
class LargeSitemapTest {

    static final int GENERATED = 60_000;

    /** Its own database, so the other tests' home page does not list 60,000 topics. */
    public static class LargeSite implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:large-site;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void generateTopics() throws Exception {
        GeneratedTopics.ensure(dataSource, "generated-", GENERATED);
    }

    @Test
    void sitemapBecomesAnIndexOfNumberedSitemaps() throws Exception {
        Document index = CrawlingTest.parse(given().get("/sitemap.xml").then().statusCode(200).extract().asString());
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        NodeList sitemaps = index.getElementsByTagNameNS(CrawlingTest.NS, "sitemap");
        assertEquals(2, sitemaps.getLength(), "60,005 URLs make two sitemaps");

        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int i = 0; i < sitemaps.getLength(); i++) {
            String loc = CrawlingTest.text((Element) sitemaps.item(i), "loc");
            assertEquals("http://localhost:8080/sitemap-" + (i + 1) + ".xml", loc);
            Document part = CrawlingTest.parse(given().get(loc.replace("http://localhost:8080", "")).then()
                    .statusCode(200).extract().asString());
            NodeList urls = part.getElementsByTagNameNS(CrawlingTest.NS, "url");
            assertEquals(i == 0 ? 50_000 : GENERATED + 5 - 50_000, urls.getLength());
            for (int u = 0; u < urls.getLength(); u++) {
                Element url = (Element) urls.item(u);
                assertTrue(seen.add(CrawlingTest.text(url, "loc")), "each URL once");
            }
            total += urls.getLength();
        }
        assertEquals(GENERATED + 5, total,
                "every published topic plus the seed, its Spanish edition, the two home pages and the About page");
        assertTrue(seen.contains("http://localhost:8080/"));
        assertTrue(seen.contains("http://localhost:8080/es/"));
        assertTrue(seen.contains("http://localhost:8080/about"));
        assertTrue(seen.contains("http://localhost:8080/topics/generated-1"));
        assertTrue(seen.contains("http://localhost:8080/topics/generated-" + GENERATED));
        given().get("/sitemap-3.xml").then().statusCode(404);
        for (String spelling : List.of("/sitemap-01.xml", "/sitemap-1.xml/", "/sitemap-1.xml;x")) {
            given().urlEncodingEnabled(false).redirects().follow(false).get(spelling).then().statusCode(301)
                    .header("Location", "http://localhost:8080/sitemap-1.xml");
        }
    }
}
