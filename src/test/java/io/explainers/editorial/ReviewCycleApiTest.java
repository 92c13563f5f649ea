package io.explainers.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Editors see what is due for review: {@code GET /api/topics?review=overdue} and {@code ?due-within=P30D} list the
 * published topics whose next review (last review plus 12 months; at once when never reviewed) falls by then.
 */
@QuarkusTest
class ReviewCycleApiTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void users() {
        Api.ensureUsers();
    }

    @Test
    void overdueAndDueWithinListTheRightTopicsWithTheirDueDates() {
        long reviewer = Api.reviewer("Dr Cycle", null, null, null);
        String never = published("cycle-never");
        String late = published("cycle-late");
        review(late, reviewer, TODAY.minusMonths(12).minusDays(1));
        String soon = published("cycle-soon");
        review(soon, reviewer, TODAY.minusMonths(12).plusDays(20));
        String fresh = published("cycle-fresh");
        review(fresh, reviewer, TODAY);
        String draft = Api.uniqueSlug("cycle-draft");
        Api.create(Api.document(draft));

        Map<String, JsonNode> overdue = listed("review=overdue");
        assertTrue(overdue.containsKey(never), "never reviewed: due at once");
        assertTrue(overdue.containsKey(late));
        assertFalse(overdue.containsKey(soon));
        assertFalse(overdue.containsKey(fresh));
        assertFalse(overdue.containsKey(draft), "drafts are not on the site");
        assertEquals(TODAY.minusDays(1).toString(), overdue.get(late).get("nextReviewDue").asText());
        assertEquals(TODAY.minusMonths(12).minusDays(1).toString(), overdue.get(late).get("lastReviewedOn").asText());
        assertEquals(Api.get(never).get("publishedAt").asText().substring(0, 10),
                overdue.get(never).get("nextReviewDue").asText(), "due since it was published");

        Map<String, JsonNode> within = listed("due-within=P30D");
        assertTrue(within.keySet().containsAll(java.util.List.of(never, late, soon)), "overdue ones and those due soon");
        assertFalse(within.containsKey(fresh));
        assertEquals(TODAY.plusDays(20).toString(), within.get(soon).get("nextReviewDue").asText());

        Map<String, JsonNode> all = listed("size=200");
        assertEquals(TODAY.plusMonths(12).toString(), all.get(fresh).get("nextReviewDue").asText());
        assertTrue(all.get(draft).get("nextReviewDue").isNull(), "a draft never reviewed has no due date");
    }

    @Test
    void aReviewTakesATopicOffTheOverdueList() {
        String slug = published("cycle-reviewed-now");
        assertTrue(listed("review=overdue").containsKey(slug));
        review(slug, Api.reviewer("Dr Now", null, null, null), null);
        assertFalse(listed("review=overdue").containsKey(slug));
    }

    private static String published(String prefix) {
        String slug = Api.uniqueSlug(prefix);
        Api.create(Api.document(slug));
        Api.publish(slug);
        return slug;
    }

    private static void review(String slug, long reviewer, LocalDate on) {
        Api.as(Api.REVIEWER).body(Api.review(reviewer, on == null ? null : on.toString()))
                .post("/api/topics/" + slug + "/review").then().statusCode(200);
    }

    /** Every topic the filtered list names, by slug, through all its pages. */
    private static Map<String, JsonNode> listed(String query) {
        Map<String, JsonNode> topics = new HashMap<>();
        for (int page = 1;; page++) {
            io.restassured.response.Response response = Api.as(Api.REVIEWER)
                    .get("/api/topics?" + query + (query.contains("size=") ? "" : "&size=200") + "&page=" + page);
            response.then().statusCode(200);
            JsonNode items = Api.read(response);
            items.forEach(item -> topics.put(item.get("slug").asText(), item));
            if (topics.size() >= Long.parseLong(response.header("X-Total-Count")) || items.isEmpty()) {
                return topics;
            }
        }
    }
}
