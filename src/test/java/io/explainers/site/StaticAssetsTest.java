package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Quarkus sends static files as immutable for a day, so the pages link them by an address that changes with their
 * bytes: a new stylesheet comes under a new address, and the same build gives every replica the same addresses.
 */
@QuarkusTest
class StaticAssetsTest {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/topics/what-is-occupational-therapy-for-kids", "/es/", "/about", "/topics/no-such-topic" })
    void pagesLinkTheStylesheetAndIconsByAnAddressMadeFromTheirBytes(String path) throws Exception {
        Document page = Jsoup.parse(given().get(path).then().extract().asString());
        List<String> linked = page.select("link[rel=stylesheet], link[rel=icon], link[rel=apple-touch-icon]").eachAttr("href");
        assertEquals(List.of("/favicon.ico", "/favicon.svg", "/apple-touch-icon.png", "/css/site.css"),
                linked.stream().map(href -> href.substring(0, href.indexOf('?'))).toList(), path);
        for (String href : linked) {
            String file = href.substring(0, href.indexOf('?'));
            byte[] bytes = given().get(file).then().statusCode(200).extract().asByteArray();
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
            assertEquals(file + "?v=" + digest, href, path);
            assertArrayEquals(bytes, given().urlEncodingEnabled(false).get(href).then().statusCode(200).extract().asByteArray(),
                    "the versioned address serves the same file");
        }
    }
}
