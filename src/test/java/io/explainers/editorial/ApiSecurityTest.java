package io.explainers.editorial;

import static io.explainers.editorial.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.explainers.Management;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Who may do what: no credentials 401, the wrong role 403, each role exactly its own endpoints. */
@QuarkusTest
class ApiSecurityTest {

    record Call(String method, String path, String body) {
        Response send(RequestSpecification request) {
            if (body != null) {
                request = request.body(body);
            }
            return request.request(method, path);
        }
    }

    String slug;

    @BeforeEach
    void topic() {
        Api.ensureUsers();
        slug = Api.uniqueSlug("secured");
        Api.create(Api.document(slug));
        reviewerId = Api.reviewer("A Reviewer", "MD", null, null);
    }

    long reviewerId;

    List<Call> reads() {
        return List.of(new Call("GET", "/api/topics", null), new Call("GET", "/api/topics/" + slug, null),
                new Call("GET", "/api/topics/" + slug + "/revisions", null),
                new Call("GET", "/api/topics/" + slug + "/revisions/1", null),
                new Call("GET", "/api/topics/" + slug + "/analysis", null), new Call("GET", "/api/reviewers", null),
                new Call("GET", "/api/reviewers/" + reviewerId, null));
    }

    List<Call> editorWrites() {
        return List.of(new Call("POST", "/api/topics", Api.write(Api.document(Api.uniqueSlug("never-made")))),
                new Call("PUT", "/api/topics/" + slug, Api.write(Api.get(slug))),
                new Call("POST", "/api/topics/" + slug + "/publish", null),
                new Call("POST", "/api/topics/" + slug + "/unpublish", null),
                new Call("POST", "/api/topics/" + slug + "/revisions/1/restore", null),
                new Call("DELETE", "/api/topics/" + slug, null),
                new Call("POST", "/api/reviewers", "{\"name\": \"Never Made\"}"),
                new Call("PUT", "/api/reviewers/" + reviewerId, "{\"name\": \"A Reviewer\", \"credentials\": \"MD, FAAP\"}"));
    }

    Call review() {
        return new Call("POST", "/api/topics/" + slug + "/review", Api.review(reviewerId, null));
    }

    @Test
    void withoutCredentialsEveryEndpointIs401WithABasicChallenge() {
        List<Call> all = new java.util.ArrayList<>(reads());
        all.addAll(editorWrites());
        all.add(review());
        for (Call call : all) {
            for (Supplier<RequestSpecification> anonymous : List.<Supplier<RequestSpecification>> of(
                    () -> given().contentType("application/json"),
                    () -> given().auth().preemptive().basic(Api.EDITOR, "wrong-password").contentType("application/json"),
                    () -> given().auth().preemptive().basic("nobody", "test-only-password").contentType("application/json"))) {
                Response response = call.send(anonymous.get());
                response.then().statusCode(401).contentType("application/problem+json")
                        .header("WWW-Authenticate", startsWith("Basic realm="));
                assertEquals(401, Api.read(response).get("status").asInt(), call.toString());
            }
        }
        assertEquals(1, TopicsApiTest.revisionCount(slug), "nothing was written");
    }

    @Test
    void reviewersReadAndReviewButDoNotWrite() {
        for (Call call : reads()) {
            call.send(as(Api.REVIEWER)).then().statusCode(200);
        }
        for (Call call : editorWrites()) {
            Response response = call.send(as(Api.REVIEWER));
            response.then().statusCode(403).contentType("application/problem+json");
            assertEquals(403, Api.read(response).get("status").asInt());
        }
        review().send(as(Api.REVIEWER)).then().statusCode(200);
        assertEquals(List.of("created", "reviewed"), TopicsApiTest.actions(slug));
    }

    @Test
    void editorsWriteButDoNotReview() {
        for (Call call : reads()) {
            call.send(as(Api.EDITOR)).then().statusCode(200);
        }
        review().send(as(Api.EDITOR)).then().statusCode(403).contentType("application/problem+json");
        for (Call call : editorWrites()) {
            int status = call.send(as(Api.EDITOR)).then().extract().statusCode();
            assertTrue(status == 200 || status == 201, call + " gave " + status);
        }
    }

    @Test
    void theFirstAdministratorHoldsBothRolesWithABcryptHash() {
        for (Call call : reads()) {
            call.send(as(Api.ADMIN)).then().statusCode(200);
        }
        review().send(as(Api.ADMIN)).then().statusCode(200);
        Api.publish(slug);
        as(Api.ADMIN).post("/api/topics/" + slug + "/unpublish").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            EditorialUser admin = EditorialUser.find("username", Api.ADMIN).firstResult();
            assertEquals(Set.of(Roles.EDITOR, Roles.REVIEWER), Set.of(admin.roles.split(",")));
            assertTrue(admin.password.startsWith("$2a$") || admin.password.startsWith("$2b$"), "bcrypt, not the password");
            assertTrue(!admin.password.contains(Api.ADMIN_PASSWORD));
        });
    }

    @Test
    void changesSentByAnotherSitesPageAreRefused() {
        Response refused = as(Api.EDITOR).header("Origin", "https://elsewhere.example")
                .post("/api/topics/" + slug + "/publish");
        refused.then().statusCode(403).contentType("application/problem+json");
        as(Api.EDITOR).header("Sec-Fetch-Site", "cross-site").post("/api/topics/" + slug + "/publish").then().statusCode(403);
        assertEquals("DRAFT", Api.get(slug).get("status").asText());
        // Reading is harmless, and the site's own origin (or a tool sending none) may change things.
        as(Api.EDITOR).header("Origin", "https://elsewhere.example").get("/api/topics/" + slug).then().statusCode(200);
        as(Api.EDITOR).header("Origin", "http://localhost:8080").header("Sec-Fetch-Site", "same-origin")
                .post("/api/topics/" + slug + "/publish").then().statusCode(200);
    }

    @Test
    void thePagesNeedNoLogin() {
        given().get("/").then().statusCode(200);
        Management.given().get("/q/openapi").then().statusCode(200);
        JsonNode problem = Api.read(as(Api.REVIEWER).get("/api/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").extract().asString());
        assertEquals(404, problem.get("status").asInt());
    }
}
