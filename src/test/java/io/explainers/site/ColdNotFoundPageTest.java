package io.explainers.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.explainers.Pages;
import io.explainers.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The not-found page on a cold cache: addresses no resource matches are answered on the event loop, where the database
 * must not be touched, so the first request after a start, or after a change evicted the page, is the dangerous one.
 */
@QuarkusTest
@TestProfile(ColdNotFoundPageTest.FreshStart.class)
class ColdNotFoundPageTest {

    /** Its own application, so no other test has rendered the not-found page before this one asks for it. */
    public static class FreshStart implements QuarkusTestProfile {
    }

    @Inject
    PageCache cache;
    @Inject
    TestTopics topics;

    @Test
    void theFirstUnknownAddressAfterAStartOrAChangeIsA404() {
        assertNull(cache.peek(NotFoundPage.KEY), "cold");
        notFound("/no-such-page");

        topics.publishedWithText("cold-not-found-1", "first of many");
        assertNull(cache.peek(NotFoundPage.KEY), "evicted by the change");
        Document page = notFound("/q/no-such-tool/");
        assertEquals("/topics/cold-not-found-1", links(page).get(0), "the new topic is listed first");

        for (int i = 2; i <= 7; i++) {
            topics.publishedWithText("cold-not-found-" + i, "one of many");
        }
        page = notFound("/no-such-page/either");
        assertEquals(List.of("/topics/cold-not-found-7", "/topics/cold-not-found-6", "/topics/cold-not-found-5",
                "/topics/cold-not-found-4", "/topics/cold-not-found-3"), links(page), "a few recent topics, newest first");
    }

    private static Document notFound(String path) {
        Document page = Pages.get(path, 404);
        assertEquals("We couldn’t find that page", page.selectFirst("h1").text(), path);
        assertNotNull(page.selectFirst("main a[href=/]"), "a way home");
        return page;
    }

    private static List<String> links(Document page) {
        return page.select(".topic-list h2 a").stream().map(link -> link.attr("href")).toList();
    }
}
