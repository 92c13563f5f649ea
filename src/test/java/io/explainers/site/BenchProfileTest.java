package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.explainers.SeedText;
import io.explainers.content.Slugs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * The miss benchmark's profile: with {@code bench} active the page cache keeps nothing, so every request renders,
 * concurrent ones included, which is what {@code src/bench/miss-render.sh} measures.
 */
@QuarkusTest
@TestProfile(BenchProfileTest.Bench.class)
class BenchProfileTest {

    public static class Bench implements QuarkusTestProfile {
        /** The suite's profiles (the PostgreSQL suite's are {@code test,pgtest}) and the benchmark's. */
        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test") + "," + PageCache.BENCH_PROFILE;
        }
    }

    static final int REQUESTS = 8;
    static final String SEED = Slugs.topicPath(SeedText.SLUG);

    @Inject
    PageCache cache;

    @Test
    void everyRequestRendersThePage() {
        long misses = cache.misses();
        for (int i = 0; i < 3; i++) {
            given().get(SEED).then().statusCode(200);
        }
        assertEquals(3, cache.misses() - misses, "three requests, three renderings");
        assertNull(cache.peek(SEED), "nothing is kept");
    }

    @Test
    void concurrentRequestsDoNotShareARendering() throws Exception {
        long misses = cache.misses();
        long shared = cache.shared();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + SEED)).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<HttpResponse<Void>>> sent = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                sent.add(threads.submit(() -> {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.discarding());
                }));
            }
            start.countDown();
            for (Future<HttpResponse<Void>> response : sent) {
                assertEquals(200, response.get().statusCode());
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(REQUESTS, cache.misses() - misses, "each request rendered the page itself");
        assertEquals(0, cache.shared() - shared);
    }
}
