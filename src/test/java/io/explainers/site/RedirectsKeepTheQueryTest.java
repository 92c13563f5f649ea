package io.explainers.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.explainers.SeedText;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every redirect to a page's one address keeps the query as it was sent, so campaign parameters and the like still
 * reach the page, and what a URI may not hold there is percent-encoded, so the Location is always a URI. Requests are
 * written byte for byte on a socket: an HTTP client would clean up the very spellings being tested.
 */
@QuarkusTest
class RedirectsKeepTheQueryTest {

    static final String BASE = "http://localhost:8080";
    static final String SEED = SeedText.PATH;
    static final String MISCASED = SEED.replace("/what-is", "/What-Is");

    @TestHTTPResource("/")
    URL server;

    @Test
    void aMisspelledTopicAddressKeepsTheQuery() throws IOException {
        assertEquals(BASE + SEED + "?utm_source=news&utm_medium=email",
                location(MISCASED + "?utm_source=news&utm_medium=email"));
        assertEquals(BASE + SEED + "?utm_source=news", location(SEED + "/?utm_source=news"));
    }

    @Test
    void theAboutPageAndTheSpanishHomeKeepTheQuery() throws IOException {
        assertEquals(BASE + "/about?utm_source=news", location("/about/?utm_source=news"));
        assertEquals(BASE + "/es/?utm_source=news", location("/es?utm_source=news"));
        assertEquals(BASE + "/es/?page=2", location("/es?page=2"), "the page asked for, not the first");
        assertEquals(BASE + "/es/?page=2", location("/es//?page=2"));
    }

    @Test
    void otherSpellingsOfTheHomePagesLeadToThemWithTheQuery() throws IOException {
        assertEquals(BASE + "/", location("///"));
        assertEquals(BASE + "/?utm_source=news", location("/./?utm_source=news"));
        assertEquals(BASE + "/?page=2", location("/../?page=2"));
        assertEquals(BASE + "/es/?utm_source=news", location("/es/./?utm_source=news"));
    }

    @Test
    void theFirstPageOfTheListDropsOnlyItsNumber() throws IOException {
        assertEquals(BASE + "/", location("/?page=1"));
        assertEquals(BASE + "/?utm_source=news", location("/?page=1&utm_source=news"));
        assertEquals(BASE + "/?utm_source=news&x=1", location("/?utm_source=news&page=1&x=1"));
        assertEquals(BASE + "/es/?utm_source=news", location("/es/?page=1&utm_source=news"));
    }

    @Test
    void aQuerySentAsRawUtf8IsEncodedAsTheSameBytes() throws IOException {
        // "niños" as a browser may send it unencoded: the bytes C3 B1 for the ñ.
        byte[] raw = "ni\u00c3\u00b1os".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(BASE + SEED + "?q=ni%C3%B1os", location(MISCASED + "?q=", raw));
    }

    @Test
    void whatAUriCannotHoldIsEncoded() {
        assertEquals("utm_source=a&utm_medium=b%20c&x=%C3%A9",
                UriQuery.encoded("utm_source=a&utm_medium=b%20c&x=%C3%A9"), "escapes stay as they came");
        assertEquals("q=%7Bx%7D%7C%22y%22%20%E9", UriQuery.encoded("q={x}|\"y\" \u00e9"));
        for (String query : new String[] { "a=1&b=2", "q={x}|\"y\" \u00e9<>\\^`", "%%", "%zz" }) {
            URI.create("https://example.org/topics/x?" + UriQuery.encoded(query)); // never throws
        }
    }

    private String location(String target) throws IOException {
        return location(target, new byte[0]);
    }

    /** The Location of the 301 that the request for {@code target} followed by {@code rawTail} gets. */
    private String location(String target, byte[] rawTail) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target).getBytes(StandardCharsets.US_ASCII));
            out.write(rawTail);
            out.write((" HTTP/1.1\r\nHost: " + server.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = line(in);
            assertEquals("301", status.split(" ")[1], target + ": " + status);
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                if (header.toLowerCase(Locale.ROOT).startsWith("location:")) {
                    return header.substring("location:".length()).trim();
                }
            }
            throw new AssertionError(target + ": no Location");
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
