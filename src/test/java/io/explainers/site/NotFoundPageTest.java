package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.explainers.Pages;
import io.explainers.SeedText;
import io.explainers.TestTopics;
import io.explainers.content.TopicStatus;
import io.quarkus.test.junit.QuarkusTest;

/** Addresses that lead nowhere get a helpful page with status 404, never an error. */
@QuarkusTest
class NotFoundPageTest {

    @Inject
    TestTopics topics;

    @Test
    void unknownTopicGetsAHelpfulPage() {
        for (String path : List.of("/topics/no-such-topic", "/no-such-page", "/topics/")) {
            Document page = Pages.get(path, 404);
            assertEquals("We couldn’t find that page", page.selectFirst("h1").text(), path);
            assertNotNull(page.selectFirst("main a[href=/]"), "a way home");
            int listed = page.select(".topic-list h2 a").size();
            // A few recent topics, not the whole site (other tests publish many; ColdNotFoundPageTest checks which).
            assertTrue(listed >= 1 && listed <= 5, "a few recent topics: " + listed);
            assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        }
    }

    @Test
    void draftTopicIsNotOnTheSite() {
        topics.create("a-draft-topic", TopicStatus.DRAFT, "draft text");
        Pages.get("/topics/a-draft-topic", 404);
        Document home = Pages.get("/");
        assertEquals(0, home.select("a[href=/topics/a-draft-topic]").size());
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        String path = SeedText.PATH;
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        given().head(path).then().statusCode(200)
                .header("ETag", etag)
                .contentType("text/html")
                .body(emptyString());
        given().head("/topics/no-such-topic").then().statusCode(404).body(emptyString());
    }
}
