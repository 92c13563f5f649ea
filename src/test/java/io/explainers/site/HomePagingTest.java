package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import io.explainers.Pages;
import io.explainers.SeedText;
import io.explainers.TestTopics;
import io.explainers.content.TopicStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The home page lists the topics a page at a time: two a page here, five topics, three pages. */
@QuarkusTest
@TestProfile(HomePagingTest.TwoAPage.class)
class HomePagingTest {

    static final String BASE = "http://localhost:8080";

    /** Its own application with small pages; its database starts with the seed alone. */
    public static class TwoAPage implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("explainers.home.page-size", "2");
        }
    }

    @Inject
    TestTopics topics;
    @Inject
    PageCache cache;

    @BeforeEach
    void fiveTopics() {
        for (int i = 1; i <= 4; i++) {
            if (given().get("/topics/paged-" + i).statusCode() != 200) {
                topics.publishedWithText("paged-" + i, "paged " + i);
            }
        }
    }

    @Test
    void eachPageHasItsCanonicalAddressAndLinksToItsNeighbours() {
        Document first = Pages.get("/");
        assertEquals(BASE + "/", first.selectFirst("link[rel=canonical]").attr("href"), "page 1 is the home page itself");
        assertNull(first.selectFirst("link[rel=prev]"));
        assertEquals(BASE + "/?page=2", first.selectFirst("link[rel=next]").attr("href"));
        assertEquals(2, first.select(".topic-list li").size());
        assertEquals("/?page=2", first.selectFirst("nav.pagination a[rel=next]").attr("href"));
        assertEquals("Page 1 of 3", first.selectFirst("nav.pagination p").text());

        Document second = Pages.get("/?page=2");
        assertEquals(BASE + "/?page=2", second.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(BASE + "/", second.selectFirst("link[rel=prev]").attr("href"));
        assertEquals(BASE + "/?page=3", second.selectFirst("link[rel=next]").attr("href"));
        assertEquals("/", second.selectFirst("nav.pagination a[rel=prev]").attr("href"));
        assertEquals("Next page", second.selectFirst("nav.pagination a[rel=next]").text());
        assertTrue(second.title().contains(" (page 2 of 3)"), "each page has a title of its own: " + second.title());
        String description = first.selectFirst("meta[name=description]").attr("content");
        assertEquals(description + " Page 2 of 3.", second.selectFirst("meta[name=description]").attr("content"),
                "each page has a description of its own");
        assertEquals(description + " Page 2 of 3.", second.selectFirst("meta[property=og:description]").attr("content"));
        assertEquals(List.of("paged-2", "paged-1"), slugs(second));

        Document last = Pages.get("/?page=3");
        assertNull(last.selectFirst("link[rel=next]"));
        assertEquals(List.of(SeedText.SLUG), slugs(last), "the oldest topic is on the last page");
    }

    @Test
    void theCacheKeepsEachPageApartAndDropsThemAllWhenTopicsChange() {
        Pages.get("/");
        Pages.get("/?page=2");
        assertNotNull(cache.peek("/?page=2"));
        // Served from the cache (the router's first route), still page 2 and not the first page.
        assertEquals(List.of("paged-2", "paged-1"), slugs(Pages.get("/?page=2")));

        topics.publishedWithText("paged-5", "paged 5");
        try {
            assertNull(cache.peek("/"));
            assertNull(cache.peek("/?page=2"), "a new topic moves every later topic a place on");
            assertEquals(List.of("paged-3", "paged-2"), slugs(Pages.get("/?page=2")));
        } finally {
            topics.change("paged-5", topic -> topic.status = TopicStatus.ARCHIVED);
        }
        assertEquals(List.of("paged-2", "paged-1"), slugs(Pages.get("/?page=2")));
    }

    @Test
    void pageOneHasOneAddressAndPagesThatDoNotExistAreNotFound() {
        given().redirects().follow(false).get("/?page=1").then().statusCode(301).header("Location", BASE + "/");
        Pages.get("/?page", 404);
        for (String page : List.of("0", "-1", "4", "abc", "1.5", "02", "99999999999", "")) {
            Document notFound = Pages.get("/?page=" + page, 404);
            assertNotNull(notFound.selectFirst("a[href=/]"), "the 404 page leads home: ?page=" + page);
        }
    }

    /**
     * Links write the page number as {@code page}; other spellings of the name are parameters the page does not know,
     * and every redirect for page 1 leads to an address without it, never to itself.
     */
    @Test
    void pageOneRedirectsOnceWhateverTheQuerySpelling() {
        for (String path : List.of("/?PAGE=1", "/?Page=2", "/es/?PAGE=1", "/?pAgE=3")) {
            Document page = Pages.get(path, 200);
            assertEquals(BASE + (path.startsWith("/es/") ? "/es/" : "/"),
                    page.selectFirst("link[rel=canonical]").attr("href"), path + " is the first page");
        }
        for (String path : List.of("/?%70age=1", "/?x=1;page=1", "/?pAgE=1&page=1", "/es/?page=%31&utm_source=a")) {
            String location = given().urlEncodingEnabled(false).redirects().follow(false).get(path).then()
                    .statusCode(301).extract().header("Location");
            String next = location.substring(BASE.length());
            assertNotEquals(path, next, "a redirect to another address");
            assertEquals(200, given().urlEncodingEnabled(false).redirects().follow(false).get(next).statusCode(),
                    path + " -> " + next);
        }
    }

    @Test
    void aPageWithPaginationIsValidHtml() throws Exception {
        for (String path : List.of("/", "/?page=2")) {
            String html = given().get(path).then().statusCode(200).extract().asString();
            HtmlValidatorTest.Report report = new HtmlValidatorTest.Report();
            InputSource source = new InputSource(new StringReader(html));
            source.setSystemId(path);
            HtmlValidatorTest.validator(report).checkHtmlInputSource(source);
            assertEquals(List.of(), report.errors, "errors in " + path);
            assertEquals(List.of(), report.warnings, "warnings in " + path);
        }
    }

    private static List<String> slugs(Document page) {
        return page.select(".topic-list h2 a").eachAttr("href").stream().map(href -> href.replace("/topics/", "")).toList();
    }
}
