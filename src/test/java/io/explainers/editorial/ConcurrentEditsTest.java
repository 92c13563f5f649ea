package io.explainers.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Ten editors save changes based on the same version at the same moment: one wins, nine are told, none is lost. */
@QuarkusTest
class ConcurrentEditsTest {

    static final int EDITORS = 10;

    @BeforeEach
    void users() {
        Api.ensureUsers();
    }

    @Test
    void exactlyOneOfTenParallelPutsWins() throws Exception {
        String slug = Api.uniqueSlug("contended");
        Api.create(Api.document(slug));
        JsonNode base = Api.get(slug);
        long version = base.get("version").asLong();

        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> puts = new ArrayList<>();
        try {
            for (int i = 0; i < EDITORS; i++) {
                ObjectNode document = base.deepCopy();
                document.put("title", "Edit number " + i);
                String body = Api.write(document);
                puts.add(pool.submit(() -> {
                    start.await();
                    return Api.editor().body(body).put("/api/topics/" + slug);
                }));
            }
            start.countDown();
            List<String> winners = new ArrayList<>();
            int conflicts = 0;
            for (Future<Response> put : puts) {
                Response response = put.get(60, TimeUnit.SECONDS);
                if (response.statusCode() == 200) {
                    winners.add(Api.read(response).get("title").asText());
                } else {
                    assertEquals(409, response.statusCode(), response.asString());
                    assertEquals("application/problem+json", response.contentType());
                    assertEquals(version + 1, Api.read(response).get("currentVersion").asLong());
                    conflicts++;
                }
            }
            assertEquals(1, winners.size(), "exactly one PUT succeeds");
            assertEquals(EDITORS - 1, conflicts);

            // The winner's change is what is stored, at the next version, with one new revision.
            JsonNode now = Api.get(slug);
            assertEquals(winners.get(0), now.get("title").asText());
            assertEquals(version + 1, now.get("version").asLong());
            assertEquals(List.of("created", "updated"), TopicsApiTest.actions(slug));
            JsonNode revision = Api.read(Api.as(Api.ADMIN).get("/api/topics/" + slug + "/revisions/2").asString());
            assertEquals(winners.get(0), revision.at("/document/title").asText());
        } finally {
            pool.shutdownNow();
        }
    }
}
