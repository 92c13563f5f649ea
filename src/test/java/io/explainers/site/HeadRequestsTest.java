package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.explainers.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A HEAD is answered with the headers a GET gets, Content-Length included, whether the page is rendered for it (the
 * cache is cold) or comes from the cache.
 */
@QuarkusTest
class HeadRequestsTest {

    @Inject
    PageCache cache;
    @Inject
    TestTopics topics;

    /** Last-Modified is compared too, and moves with the clock while the content's time is ahead of it. */
    @BeforeEach
    void settledClock() {
        topics.settledClock();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/topics/what-is-occupational-therapy-for-kids", "/es/",
            "/es/temas/que-es-la-terapia-ocupacional-para-ninos", "/about", "/sitemap.xml", "/feed.xml", "/robots.txt",
            "/topics/what-is-occupational-therapy-for-kids/card.png" })
    void aHeadGetsTheHeadersOfAGetColdOrWarm(String path) {
        for (String encoding : new String[] { "identity", "gzip" }) {
            cache.evictAll();
            Map<String, String> cold = headers(request(encoding).head(path));
            Map<String, String> warm = headers(request(encoding).head(path));
            Response get = request(encoding).get(path);
            assertEquals(warm, cold, path + " " + encoding);
            assertEquals(headers(get), cold, path + " " + encoding + ": a HEAD and a GET");
            if (!path.equals("/sitemap.xml")) { // streamed as it is written: its length is not known before
                assertEquals(String.valueOf(get.asByteArray().length), cold.get("content-length"), path + " " + encoding);
            }
        }
    }

    /** As sent: RestAssured would otherwise add its own Accept-Encoding and undo the gzip. */
    private static RequestSpecification request(String encoding) {
        return given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", encoding);
    }

    /** The headers by lower-case name, but the date, which moves, and how a streamed body is framed. */
    private static Map<String, String> headers(Response response) {
        response.then().statusCode(200);
        Map<String, String> headers = new TreeMap<>();
        for (Header header : response.headers()) {
            headers.put(header.getName().toLowerCase(Locale.ROOT), header.getValue());
        }
        headers.remove("date");
        headers.remove("transfer-encoding");
        return headers;
    }
}
