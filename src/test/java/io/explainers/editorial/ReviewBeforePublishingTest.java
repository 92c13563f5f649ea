package io.explainers.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.explainers.Pages;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With {@code explainers.review.require-before-publish=true}, nothing reaches the site before its first review. */
@QuarkusTest
@TestProfile(ReviewBeforePublishingTest.ReviewFirst.class)
class ReviewBeforePublishingTest {

    public static class ReviewFirst implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("explainers.review.require-before-publish", "true", "explainers.review.interval", "P6M");
        }
    }

    @BeforeEach
    void users() {
        Api.ensureUsers();
    }

    @Test
    void publishingANeverReviewedTopicIsA409ThatSaysWhy() {
        String slug = Api.uniqueSlug("review-first");
        Api.create(Api.document(slug));
        io.restassured.response.Response refused = Api.editor().post("/api/topics/" + slug + "/publish");
        refused.then().statusCode(409).contentType("application/problem+json");
        JsonNode problem = Api.read(refused);
        assertTrue(problem.get("type").asText().endsWith("review-required"), problem::toString);
        assertTrue(problem.get("detail").asText().contains("never been reviewed"), problem::toString);
        assertEquals("reviewer", problem.at("/errors/0/field").asText());
        assertEquals("DRAFT", Api.get(slug).get("status").asText());
        assertEquals(1, TopicsApiTest.revisionCount(slug), "nothing written");
        Pages.get(Pages.topic(slug), 404);

        long reviewer = Api.reviewer("Dr First Look", null, null, null);
        Api.as(Api.REVIEWER).body(Api.review(reviewer, null)).post("/api/topics/" + slug + "/review").then().statusCode(200);
        Api.publish(slug);
        String review = Pages.get(Pages.topic(slug)).selectFirst(".review").text();
        assertTrue(review.contains("Medically reviewed by Dr First Look"), review);
    }

    @Test
    void theAboutPageSaysSo() {
        String text = Pages.visibleText(Pages.get("/about"));
        assertTrue(text.contains("No explainer is published before its first medical review."), text);
        assertTrue(text.contains("due for a fresh review 6 months after its last one"), text);
    }
}
