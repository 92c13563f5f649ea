package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.explainers.SeedText;
import io.explainers.TestTopics;
import io.explainers.content.ContentVersion;
import io.explainers.content.TopicStatus;
import io.explainers.web.ExplainersConfig;
import io.explainers.web.Site;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Validators, 304s, compression and cache lifetimes: what lets browsers and a CDN do most of the work. */
@QuarkusTest
class HttpCachingTest {

    static final String SEED = SeedText.PATH;
    /** RestAssured must not ask for or undo compression on its own, so the test sees the raw bytes. */
    static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Inject
    TestTopics topics;
    @Inject
    PageCache cache;
    @Inject
    ContentVersion contentVersion;
    @Inject
    Site site;
    @Inject
    ExplainersConfig config;
    @ConfigProperty(name = "quarkus.application.version")
    String version;

    @Test
    void pagesAndSitemapCarryValidatorsAndLifetimes() {
        for (String path : List.of("/", SEED, "/sitemap.xml", "/feed.xml", "/robots.txt")) {
            ExtractableResponse<Response> response = plain(path);
            String etag = response.header("ETag");
            assertNotNull(etag, path);
            assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "a strong ETag: " + etag);
            assertNotNull(response.header("Last-Modified"), path);
            assertEquals("public, max-age=300, stale-while-revalidate=60, stale-if-error=86400",
                    response.header("Cache-Control"), path);
            assertEquals("Accept-Encoding", response.header("Vary"), path);
        }
        // The seed changed last at 09:00; its page also lists other topics, so it is at least that recent.
        java.time.Instant seedModified = java.time.Instant.parse("2026-11-27T09:00:00Z");
        assertTrue(!HttpDates.parse(plain(SEED).header("Last-Modified")).orElseThrow().isBefore(seedModified));
    }

    @Test
    void pagesMadeFromTheConfigurationKeepTheirEtagWhenMadeAgain() throws InterruptedException {
        // Made again after the cache is emptied (any content change does that), a second later: the same bytes, so the
        // same ETag, as on another replica or after a restart.
        for (String path : List.of("/about", "/robots.txt")) {
            for (boolean gzip : new boolean[] { false, true }) {
                String etag = (gzip ? gzip(path) : plain(path)).header("ETag");
                cache.evictAll();
                Thread.sleep(1100);
                ExtractableResponse<Response> again = gzip ? gzip(path) : plain(path);
                assertEquals(etag, again.header("ETag"), path);
                request(gzip).header("If-None-Match", etag).get(path).then().statusCode(304);
            }
        }
    }

    @Test
    void conditionalRequestsGet304WithoutABody() {
        topics.settledClock();
        for (String path : List.of("/", SEED, "/sitemap.xml", "/feed.xml")) {
            for (boolean gzip : new boolean[] { false, true }) {
                ExtractableResponse<Response> first = gzip ? gzip(path) : plain(path);
                String etag = first.header("ETag");
                request(gzip).header("If-None-Match", etag).get(path).then()
                        .statusCode(304).body(emptyString()).header("ETag", etag);
                request(gzip).header("If-Modified-Since", first.header("Last-Modified")).get(path).then()
                        .statusCode(304).body(emptyString());
                request(gzip).header("If-None-Match", "\"something-else\"").get(path).then()
                        .statusCode(200).body(not(emptyString()));
                request(gzip).header("If-Modified-Since", "Thu, 01 Jan 1970 00:00:01 GMT").get(path).then()
                        .statusCode(200);
                // The obsolete asctime form, which RFC 9110 asks servers to read too.
                String asctime = java.time.format.DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH)
                        .format(HttpDates.parse(first.header("Last-Modified")).orElseThrow().atZone(ZoneOffset.UTC));
                request(gzip).header("If-Modified-Since", asctime).get(path).then().statusCode(304);
            }
        }
    }

    /**
     * The migration that last moved the content's time set it to the database's clock, fractions of a second and all;
     * Last-Modified says whole seconds, and the sitemap compared the two as they were, so its own Last-Modified was
     * "before" it and crawlers got the whole sitemap again.
     */
    @Test
    void aLastModifiedWithFractionsOfASecondStillValidates() {
        topics.settledClock();
        QuarkusTransaction.requiringNew().run(() -> {
            Instant changed = contentVersion.state().changedAt().plusMillis(732);
            Panache.getEntityManager().createNativeQuery("update content_version set changed_at = ?1 where id = 1")
                    .setParameter(1, OffsetDateTime.ofInstant(changed, ZoneOffset.UTC)).executeUpdate();
        });
        String lastModified = plain("/sitemap.xml").header("Last-Modified");
        given().header("If-Modified-Since", lastModified).get("/sitemap.xml").then().statusCode(304);
    }

    /**
     * Each change moves the content's time on by at least a second, so a burst of changes runs it ahead of the clock.
     * The pages rendered meanwhile are dated no later than their response (RFC 9110 8.8.2.1), and the date they carry
     * gets no 304 from a page that changed after it.
     */
    @Test
    void aBurstOfChangesNeverDatesAResponseInTheFuture() throws InterruptedException {
        topics.settledClock();
        topics.publishedWithText("burst-of-changes", "burst");
        for (int change = 1; change <= 8; change++) {
            String intro = "Intro of change " + change;
            topics.change("burst-of-changes", topic -> topic.intro = intro);
        }
        Instant contentTime = QuarkusTransaction.requiringNew().call(() -> contentVersion.state().changedAt());
        assertTrue(contentTime.isAfter(Instant.now().plusSeconds(4)), "the burst ran the content's time ahead: " + contentTime);

        for (String path : List.of("/topics/burst-of-changes", "/", "/sitemap.xml", "/feed.xml")) {
            for (boolean gzip : new boolean[] { false, true }) {
                ExtractableResponse<Response> response = gzip ? gzip(path) : plain(path);
                Instant lastModified = HttpDates.parse(response.header("Last-Modified")).orElseThrow();
                Instant date = HttpDates.parse(response.header("Date")).orElseThrow();
                assertTrue(!lastModified.isAfter(date), path + ": Last-Modified " + lastModified + " after Date " + date);
                request(gzip).header("If-Modified-Since", response.header("Last-Modified")).get(path).then()
                        .statusCode(200);
            }
        }
        // Nor do the dates the sitemap and the feed show.
        for (String path : List.of("/sitemap.xml", "/feed.xml")) {
            ExtractableResponse<Response> response = plain(path);
            Instant date = HttpDates.parse(response.header("Date")).orElseThrow();
            Matcher dates = Pattern.compile("<(?:lastmod|updated)>([^<]+)<").matcher(response.asString());
            int found = 0;
            while (dates.find()) {
                found++;
                assertTrue(!Instant.parse(dates.group(1)).isAfter(date), path + ": " + dates.group() + " after " + date);
            }
            assertTrue(found > 1, path + " has dates");
        }
        // The sitemap's home pages are dated with the clock meanwhile: other bytes a second later, so another ETag.
        ExtractableResponse<Response> first = plain("/sitemap.xml");
        Thread.sleep(1100);
        ExtractableResponse<Response> second = plain("/sitemap.xml");
        assertNotEquals(first.asString(), second.asString(), "the home pages' lastmod follows the clock");
        assertNotEquals(first.header("ETag"), second.header("ETag"));
        request(false).header("If-None-Match", first.header("ETag")).get("/sitemap.xml").then().statusCode(200);

        // Once the clock has caught up, the page the cache kept from the burst is dated with its content's time again.
        topics.clockCaughtUp();
        ExtractableResponse<Response> after = plain("/topics/burst-of-changes");
        assertEquals(contentTime, HttpDates.parse(after.header("Last-Modified")).orElseThrow());
        given().header("If-Modified-Since", after.header("Last-Modified")).get("/topics/burst-of-changes").then()
                .statusCode(304);
    }

    @Test
    void compressesWhenTheClientAcceptsGzip() throws IOException {
        for (String path : List.of(SEED, "/sitemap.xml")) {
            ExtractableResponse<Response> plain = plain(path);
            ExtractableResponse<Response> gzip = gzip(path);
            assertNull(plain.header("Content-Encoding"));
            assertEquals("gzip", gzip.header("Content-Encoding"));
            byte[] compressed = gzip.asByteArray();
            assertTrue(compressed.length < plain.asByteArray().length / 2, "compressed for real");
            assertEquals(plain.asString(), new String(new GZIPInputStream(new ByteArrayInputStream(compressed)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
            assertNotEquals(plain.header("ETag"), gzip.header("ETag"), "each encoding is its own representation");
        }
        given().config(RAW).header("Accept-Encoding", "gzip;q=0, identity").get(SEED).then()
                .statusCode(200).header("Content-Encoding", (String) null);
    }

    @Test
    void aChangeRefreshesExactlyTheAffectedPages() {
        topics.publishedWithText("cache-changing", "before");
        topics.publishedWithText("cache-unrelated", "unrelated");
        String changingPath = "/topics/cache-changing";
        String unrelatedPath = "/topics/cache-unrelated";
        String changingEtag = plain(changingPath).header("ETag");
        plain(unrelatedPath);
        plain("/");
        plain(SEED);
        CachedPage unrelated = cache.peek(unrelatedPath);
        CachedPage seed = cache.peek(SEED);
        assertNotNull(unrelated);
        assertNotNull(seed);

        // A change of the topic's own text (not of what other pages list about it, such as its title).
        topics.change("cache-changing", topic -> topic.intro = "Intro after the change");

        assertNull(cache.peek(changingPath), "the changed topic was evicted");
        assertNull(cache.peek(HomeResource.PATH), "the home page lists topics, so it was evicted");
        assertSame(unrelated, cache.peek(unrelatedPath), "an unrelated page keeps its cached bytes");
        assertSame(seed, cache.peek(SEED));

        ExtractableResponse<Response> after = plain(changingPath);
        assertNotEquals(changingEtag, after.header("ETag"));
        assertTrue(after.asString().contains("Intro after the change"));
        assertEquals(unrelated.etag(), plain(unrelatedPath).header("ETag"));
    }

    /**
     * A change that leaves a page as it was (a new draft shows nowhere) still moves the content's time; the page made
     * again, as another replica or this one after a restart makes it, is the same bytes with the same ETag.
     */
    @Test
    void theSameBytesHaveTheSameEtagWheneverTheyAreMade() {
        List<String> paths = List.of(SEED, SEED + "/card.png", "/about", "/feed.xml");
        List<ExtractableResponse<Response>> before = paths.stream().map(HttpCachingTest::gzip).toList();
        topics.create("etag-unseen-draft", TopicStatus.DRAFT, "a draft");
        cache.evictAll();
        for (int i = 0; i < paths.size(); i++) {
            ExtractableResponse<Response> again = gzip(paths.get(i));
            assertArrayEquals(before.get(i).asByteArray(), again.asByteArray(), paths.get(i) + ": the same bytes");
            assertEquals(before.get(i).header("ETag"), again.header("ETag"), paths.get(i));
            request(true).header("If-None-Match", before.get(i).header("ETag")).get(paths.get(i)).then().statusCode(304);
        }
    }

    /** The sitemap's ETag names the content version and what else shapes it, so a deploy that changes these gets a new one. */
    @Test
    void theSitemapsEtagNamesWhatShapesItBesidesTheContent() {
        int maxUrls = config.sitemap().maxUrls();
        String form = SitemapResource.form(site.homeUrl(), maxUrls, version);
        String etag = plain("/sitemap.xml").header("ETag");
        assertTrue(etag.startsWith("\"sitemap-v") && etag.endsWith("-" + form + "\""), etag);
        assertNotEquals(form, SitemapResource.form("https://elsewhere.example/", maxUrls, version), "another address");
        assertNotEquals(form, SitemapResource.form(site.homeUrl(), maxUrls - 1, version), "an index sooner");
        assertNotEquals(form, SitemapResource.form(site.homeUrl(), maxUrls, version + "-next"), "another release");
    }

    @Test
    void aRepeatedRequestIsServedFromTheCache() {
        plain(SEED);
        CachedPage first = cache.peek(SEED);
        plain(SEED);
        assertSame(first, cache.peek(SEED));
        assertTrue(cache.hits() > 0);
    }

    static io.restassured.specification.RequestSpecification request(boolean gzip) {
        return gzip ? given().config(RAW).header("Accept-Encoding", "gzip") : given().config(RAW);
    }

    static ExtractableResponse<Response> plain(String path) {
        return given().config(RAW).get(path).then().statusCode(200).extract();
    }

    static ExtractableResponse<Response> gzip(String path) {
        return given().config(RAW).header("Accept-Encoding", "gzip").get(path).then().statusCode(200).extract();
    }
}
