package io.explainers.editorial;

import static io.explainers.editorial.Api.ADMIN;
import static io.explainers.editorial.Api.as;
import static io.explainers.editorial.Api.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.explainers.web.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The API's lists come a page at a time, with the total and links to the neighbouring pages in headers. */
@QuarkusTest
class ApiPagingTest {

    @BeforeEach
    void users() {
        Api.ensureUsers();
    }

    @Test
    void topicsComeAPageAtATime() {
        for (int i = 0; i < 3; i++) {
            Api.create(Api.document(Api.uniqueSlug("paged-api")));
        }
        Response first = as(ADMIN).get("/api/topics?size=2");
        first.then().statusCode(200);
        long total = Long.parseLong(first.header("X-Total-Count"));
        assertTrue(total >= 4, "the seed and three more: " + total);
        assertEquals(2, Api.read(first).size());
        assertEquals(List.of("<http://localhost:" + port() + "/api/topics?page=2&size=2>; rel=\"next\""),
                first.headers().getValues("Link"));

        long lastPage = (total + 1) / 2;
        Response last = as(ADMIN).get("/api/topics?page=" + lastPage + "&size=2");
        last.then().statusCode(200);
        assertEquals(total - 2 * (lastPage - 1), Api.read(last).size());
        assertEquals(List.of("<http://localhost:" + port() + "/api/topics?page=" + (lastPage - 1) + "&size=2>; rel=\"prev\""),
                last.headers().getValues("Link"));

        Response all = as(ADMIN).get("/api/topics?size=" + ApiPage.MAX_SIZE);
        assertEquals(Math.min(total, ApiPage.MAX_SIZE), Api.read(all).size());
    }

    @Test
    void revisionsComeAPageAtATimeWithoutTheirDocuments() {
        String slug = Api.uniqueSlug("paged-revisions");
        ObjectNode document = (ObjectNode) Api.create(Api.document(slug));
        for (int i = 0; i < 2; i++) {
            document.put("title", "What is sensory play for toddlers, take " + i + "?");
            document = (ObjectNode) Api
                    .read(editor().body(Api.write(document)).put("/api/topics/" + slug).then().statusCode(200)
                            .extract().asString());
        }
        Response first = as(ADMIN).get("/api/topics/" + slug + "/revisions?size=2");
        first.then().statusCode(200).header("X-Total-Count", "3");
        JsonNode revisions = Api.read(first);
        assertEquals(2, revisions.size());
        for (JsonNode revision : revisions) {
            assertFalse(revision.has("document"), "a list of revisions does not carry their documents");
        }
        assertTrue(first.header("Link").endsWith("/revisions?page=2&size=2>; rel=\"next\""), first.header("Link"));

        Response second = as(ADMIN).get("/api/topics/" + slug + "/revisions?page=2&size=2");
        assertEquals(3, Api.read(second).get(0).get("number").asInt());
        assertTrue(second.header("Link").endsWith("/revisions?page=1&size=2>; rel=\"prev\""), second.header("Link"));
    }

    @Test
    void aPageOrSizeOutOfRangeIs400NamingIt() {
        for (String query : List.of("page=0", "page=-1", "page=x", "page=1.5", "page=99999999999", "size=0", "size=201",
                "size=two", "page=42949674", "page=10737420&size=200", "page=67108865&size=64")) {
            for (String list : List.of("/api/topics", "/api/topics/" + io.explainers.SeedText.SLUG + "/revisions")) {
                Response response = as(ADMIN).get(list + "?" + query);
                assertEquals(400, response.statusCode(), list + "?" + query);
                response.then().contentType(Problem.MEDIA_TYPE);
                JsonNode problem = Api.read(response);
                String field = problem.at("/errors/0/field").asText();
                assertTrue(query.startsWith(field + "="), query + " names " + field);
                assertNull(response.header("Link"));
            }
        }
    }

    private static int port() {
        return io.restassured.RestAssured.port;
    }
}
