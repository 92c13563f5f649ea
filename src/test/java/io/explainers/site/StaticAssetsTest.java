package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
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

    /**
     * A day for the address the pages link; as long as a page for the bare address; not at all for a digest this build
     * does not have, so a CDN never keeps an old file under a new file's address.
     */
    @Test
    void onlyTheLinkedAddressIsKeptForADay() {
        for (String file : StaticFileLifetimes.FILES) {
            given().urlEncodingEnabled(false).get(StaticAssets.url(file)).then().statusCode(200)
                    .header("Cache-Control", containsString("immutable"));
            for (String method : List.of("GET", "HEAD")) {
                given().request(method, file).then().statusCode(200)
                        .header("Cache-Control", "public, max-age=300, stale-while-revalidate=60, stale-if-error=86400");
                given().request(method, file + "?v=0123456789ab").then().statusCode(200).header("Cache-Control", "no-store");
            }
        }
        // Spellings of the stylesheet's address that the static handler serves as the file.
        for (String spelling : List.of("/css%2Fsite.css", "/css%2fsite.css", "/css//site.css", "/css/./site.css")) {
            given().urlEncodingEnabled(false).get(spelling + "?v=0123456789ab").then().statusCode(200)
                    .header("Cache-Control", "no-store");
        }
    }

    @Test
    void everyStaticFileHasItsLifetime() throws IOException {
        Path root = Path.of("src/main/resources/META-INF/resources");
        try (Stream<Path> walk = Files.walk(root)) {
            assertEquals(StaticFileLifetimes.FILES, walk.filter(Files::isRegularFile)
                    .map(file -> "/" + root.relativize(file).toString().replace('\\', '/')).collect(Collectors.toSet()));
        }
    }
}
