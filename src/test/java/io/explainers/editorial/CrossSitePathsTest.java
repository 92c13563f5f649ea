package io.explainers.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The cross-site guard holds whatever spelling of an API address reaches the API: matrix parameters, encoded
 * separators, doubled slashes, dot segments, capitals. Each is either refused or answered as another site's change
 * (403); none writes anything and none is a 5xx. The requests go out byte for byte as written here.
 */
@QuarkusTest
class CrossSitePathsTest {

    record Write(String method, String path, String body) {
    }

    static final HttpClient HTTP = HttpClient.newHttpClient();

    String slug;
    String neverMade;

    @BeforeEach
    void publishedTopic() {
        Api.ensureUsers();
        slug = Api.uniqueSlug("guarded");
        Api.create(Api.document(slug));
        Api.publish(slug);
        neverMade = Api.uniqueSlug("never-made");
        reviewer = Api.reviewer("A Reviewer", null, null, null);
    }

    long reviewer;

    List<Write> writes() {
        String topic = "/api/topics/" + slug;
        return List.of(new Write("POST", "/api/topics", Api.write(Api.document(neverMade))),
                new Write("PUT", topic, Api.write(Api.get(slug))),
                new Write("POST", topic + "/publish", null),
                new Write("POST", topic + "/unpublish", null),
                new Write("POST", topic + "/review", Api.review(reviewer, null)),
                new Write("POST", topic + "/revisions/1/restore", null),
                new Write("DELETE", topic, null));
    }

    /** Every way of spelling {@code path} that some layer might read as the same address. */
    static Set<String> spellings(String path) {
        Set<String> spellings = new LinkedHashSet<>();
        List<Integer> slashes = new ArrayList<>();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes.add(i);
            }
        }
        for (int slash : slashes) {
            String before = path.substring(0, slash);
            String after = path.substring(slash);
            if (slash > 0) {
                for (String matrix : List.of(";", ";x=1", "%3B", "%3b", "%3Bx=1")) {
                    spellings.add(before + matrix + after);
                }
                for (String encoded : List.of("%2F", "%2f")) {
                    spellings.add(before + encoded + after.substring(1));
                }
            }
            for (String extra : List.of("/", "/.", "/x/..", "/%2e", "/x/%2E%2E")) {
                spellings.add(before + extra + after);
            }
        }
        spellings.add(path + ";");
        spellings.add(path + "%3B");
        spellings.add(path.toUpperCase(Locale.ROOT));
        spellings.add("/API" + path.substring(4));
        spellings.add("/Api" + path.substring(4));
        spellings.add(path.replace("/topics", "/TOPICS"));
        return spellings;
    }

    @Test
    void noSpellingOfAnApiAddressGetsAChangeFromAnotherSiteThrough() throws Exception {
        String credentials = "Basic " + Base64.getEncoder()
                .encodeToString((Api.EDITOR + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        int sent = 0;
        for (Write write : writes()) {
            for (String path : spellings(write.path())) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                        .header("Authorization", credentials)
                        .header("Origin", "https://evil.example")
                        .header("Sec-Fetch-Site", "cross-site")
                        .header("Content-Type", "application/json")
                        .method(write.method(), write.body() == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(write.body()));
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                assertTrue(status >= 400 && status < 500, write.method() + " " + path + " gave " + status);
                sent++;
            }
        }
        assertTrue(sent > 300, "every route in every spelling: " + sent);
        assertEquals("PUBLISHED", Api.get(slug).get("status").asText(), "not unpublished, not archived");
        assertEquals(2, TopicsApiTest.revisionCount(slug), "nothing written: created and published only");
        Api.editor().get("/api/topics/" + neverMade).then().statusCode(404);
    }

    @Test
    void noSpellingOfAnApiAddressIsA5xx() throws Exception {
        String credentials = "Basic " + Base64.getEncoder()
                .encodeToString((Api.REVIEWER + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String topic = "/api/topics/" + slug;
        for (String read : List.of("/api/topics", topic, topic + "/revisions", topic + "/revisions/1", topic + "/analysis")) {
            for (String path : spellings(read)) {
                HttpResponse<String> response = HTTP
                        .send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                                .header("Authorization", credentials).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(response.statusCode() < 500, "GET " + path + " gave " + response.statusCode());
            }
        }
    }

    @Test
    void theReportedWalkAroundIsRefusedAsAnotherSitesChange() {
        Api.editor().header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site")
                .urlEncodingEnabled(false)
                .post("/api;/topics/" + slug + "/unpublish")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals("PUBLISHED", Api.get(slug).get("status").asText());
        // The same spelling from a tool, which sends neither header, still works: the guard is about browsers.
        Api.editor().urlEncodingEnabled(false).post("/api;/topics/" + slug + "/unpublish").then().statusCode(200);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsReadWhateverTheSpelling() {
        String body = "{\"intro\": \"" + "a".repeat(1_100_000) + "\"}";
        for (String path : List.of("/api/topics", "/api;/topics", "/api%3B/topics", "/API/topics", "//api/topics")) {
            Api.editor().urlEncodingEnabled(false).body(body).post(path)
                    .then().statusCode(413).contentType("application/problem+json");
        }
    }
}
