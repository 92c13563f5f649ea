package io.explainers.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import io.agroal.api.AgroalDataSource;
import io.explainers.Pages;
import io.explainers.TestTopics;
import io.explainers.content.Slugs;
import io.explainers.content.TopicStatus;
import io.explainers.web.ExplainersConfig;
import io.explainers.web.Site;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * A sitemap is one state of the content, named by its ETag, however long it takes to stream; and a sitemap that
 * cannot be finished never reaches a client looking like a complete one. Its slices are 1,000 topics, so the site has
 * 5,000: five slices.
 */
@QuarkusTest
@TestProfile(SitemapSnapshotTest.OwnApplication.class)
class SitemapSnapshotTest {

    static final int GENERATED = 5_000;

    /** Its own application: the database starts empty again for the next one, without these 5,000 topics. */
    public static class OwnApplication implements QuarkusTestProfile {
    }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ExplainersConfig config;
    @Inject
    TestTopics topics;

    @BeforeEach
    void generateTopics() throws Exception {
        GeneratedTopics.ensure(dataSource, "snapshot-", GENERATED);
    }

    @Test
    void aChangeWhileTheSitemapStreamsDoesNotShowInIt() throws Exception {
        String last = "snapshot-" + GENERATED;
        // While the first slice is being written, an editor archives a topic of the last slice.
        whileWriting(call -> {
            if (call == 1) {
                CompletableFuture.runAsync(() -> topics.change(last, topic -> topic.status = TopicStatus.ARCHIVED))
                        .orTimeout(20, TimeUnit.SECONDS).join();
            }
        });
        HttpResponse<String> response = get(false);
        assertEquals(200, response.statusCode());
        Document sitemap = CrawlingTest.parse(response.body());
        int urls = sitemap.getElementsByTagNameNS(CrawlingTest.NS, "url").getLength();
        assertEquals(GENERATED + 5, urls,
                "the home pages, the About page, the seed, its Spanish edition and every generated topic, as they were");
        assertTrue(response.body().contains(Pages.topic(last) + "<"), "the topic archived meanwhile is still in it");

        HttpResponse<String> next = get(false);
        assertTrue(!next.headers().firstValue("ETag").equals(response.headers().firstValue("ETag")));
        assertTrue(!next.body().contains(Pages.topic(last) + "<"), "the next sitemap is the new state");
    }

    @Test
    void aSitemapThatFailsHalfwayIsCutOffNotCompleted() throws InterruptedException {
        IntConsumer failing = call -> {
            if (call == 4_500) {
                throw new IllegalStateException("injected failure while writing the sitemap");
            }
        };
        whileWriting(failing);
        assertThrows(IOException.class, () -> get(false), "a truncated body is not delivered as complete");
        // Compressed, the part written before the failure may still sit in the server's buffers: then the failure
        // is answered as an error; otherwise the body is cut off, without the gzip trailer that would close it.
        whileWriting(failing);
        try {
            assertNotEquals(200, get(true).statusCode(), "a failed sitemap is not a complete one");
        } catch (IOException expected) {
            // cut off
        }
    }

    /** Calls {@code hook} with the number of each topic URL the sitemap writes, before writing it. */
    private void whileWriting(IntConsumer hook) {
        AtomicInteger calls = new AtomicInteger();
        QuarkusMock.installMockForType(new Site(config) {
            @Override
            public String url(String path) {
                if (path.startsWith(Slugs.topicPath(""))) {
                    hook.accept(calls.incrementAndGet());
                }
                return super.url(path);
            }
        }, Site.class);
    }

    private static HttpResponse<String> get(boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest
                .newBuilder(URI.create("http://localhost:" + RestAssured.port + "/sitemap.xml"));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
