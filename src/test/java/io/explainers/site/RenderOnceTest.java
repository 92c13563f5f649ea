package io.explainers.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import io.explainers.TestTopics;
import io.explainers.content.Slugs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** A burst of requests for a page that is not in the cache renders it once and gives every request that one page. */
@QuarkusTest
class RenderOnceTest {

    static final int REQUESTS = 16;

    @Inject
    TestTopics topics;
    @Inject
    PageCache cache;

    @Test
    void aBurstForAColdShareCardDrawsItOnce() throws Exception {
        topics.publishedWithText("render-once-card", "a card nobody asked for yet");
        assertRenderedOnce(ShareCards.path("render-once-card"));
    }

    @Test
    void aBurstAfterAFullEvictionRendersThePageOnce() throws Exception {
        cache.evictAll();
        assertRenderedOnce(Slugs.topicPath(SeedText.SLUG));
    }

    private void assertRenderedOnce(String path) throws Exception {
        long misses = cache.misses();
        List<HttpResponse<byte[]>> responses = burst(path);
        assertEquals(1, cache.misses() - misses, "one rendering for " + REQUESTS + " requests of " + path);
        String etag = responses.get(0).headers().firstValue("ETag").orElseThrow();
        for (HttpResponse<byte[]> response : responses) {
            assertEquals(200, response.statusCode());
            assertEquals(etag, response.headers().firstValue("ETag").orElseThrow(), "every request got the same page");
        }
    }

    /** {@link #REQUESTS} requests let go at the same moment, each on its own connection. */
    private static List<HttpResponse<byte[]>> burst(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path)).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<HttpResponse<byte[]>>> sent = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                sent.add(threads.submit(() -> {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                }));
            }
            start.countDown();
            List<HttpResponse<byte[]>> responses = new ArrayList<>();
            for (Future<HttpResponse<byte[]>> response : sent) {
                responses.add(response.get());
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }
}
