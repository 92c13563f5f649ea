package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.explainers.SeedText;
import io.explainers.TestTopics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Cache hits after the first request of a keep-alive connection are answered by the connection's
 * {@link CachedPageHandler}, before Vert.x and the router. These tests speak HTTP/1.1 on a socket, several requests on
 * one connection, and compare each answer with the router's answer to the same request on a connection of its own.
 */
@QuarkusTest
class CachedPageHandlerTest {

    static final String SEED = SeedText.PATH;

    @Inject
    PageCache cache;

    @Inject
    MeterRegistry registry;

    @Inject
    CachedPageFilter filter;

    @Inject
    Event<ShutdownDelayInitiatedEvent> stopBegins;

    @Inject
    TestTopics topics;

    /**
     * Cold, and with the content's time no later than the clock: the headers compared include Last-Modified, which moves
     * with the clock while that time is ahead of it.
     */
    @BeforeEach
    void startCold() {
        topics.settledClock();
    }

    @Test
    void aConnectionsNextHitsAreAnsweredByItsHandlerWithTheRoutersHeadersAndBytes() throws IOException {
        String etag = given().get(SEED).then().statusCode(200).extract().header("ETag");
        String lastModified = given().get(SEED).then().extract().header("Last-Modified");
        List<List<String>> variants = List.of(List.of(), List.of("Accept-Encoding: gzip"),
                List.of("Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "Accept-Encoding: gzip, deflate, br"),
                List.of("If-None-Match: " + etag), List.of("If-Modified-Since: " + lastModified),
                List.of("Connection: keep-alive"), List.of("Accept: application/json"));
        for (String method : List.of("GET", "HEAD")) {
            for (List<String> headers : variants) {
                String what = method + " " + headers;
                Answer router = onItsOwn(method, SEED, headers);
                try (Connection connection = new Connection()) {
                    double before = answeredOnConnections();
                    Answer first = connection.send(method, SEED, headers);
                    Answer second = connection.send(method, SEED, headers);
                    Answer third = connection.send(method, SEED, headers);
                    assertEquals(2, answeredOnConnections() - before, what + ": the second and third by the handler");
                    for (Answer answer : List.of(first, second, third)) {
                        assertEquals(router.status, answer.status, what);
                        assertEquals(router.headersButDate(), answer.headersButDate(), what);
                        assertEquals(router.names(), answer.names(), what + ": the same headers in the same order");
                        assertArrayEquals(router.body, answer.body, what);
                        assertNotNull(answer.headers.get("date"), what);
                    }
                }
            }
        }
    }

    @Test
    void aPageRenderedOnAConnectionIsAHitForItsNextRequest() throws IOException {
        try (Connection connection = new Connection()) {
            long misses = cache.misses();
            double before = answeredOnConnections();
            Answer rendered = connection.send("GET", SEED, List.of("Accept-Encoding: gzip"));
            Answer hit = connection.send("GET", SEED, List.of("Accept-Encoding: gzip"));
            assertEquals(1, cache.misses() - misses, "the first request rendered the page");
            assertEquals(1, answeredOnConnections() - before, "the second was answered by the handler");
            assertEquals(200, hit.status);
            assertEquals(rendered.headersButDate(), hit.headersButDate());
            assertArrayEquals(rendered.body, hit.body);
        }
    }

    /**
     * Shared links carry campaign parameters, which a topic page ignores: the same page, answered as a hit, on the
     * connection and through the router; the first such request, cold, renders the page for the plain address too.
     */
    @Test
    void aTopicPageAskedForWithAQueryIsTheSameHit() throws IOException {
        for (String page : List.of(SEED, SeedText.SPANISH_PATH)) {
            long misses = cache.misses();
            Answer first = onItsOwn("GET", page + "?utm_source=newsletter&utm_medium=email", List.of("Accept-Encoding: gzip"));
            Answer plain = onItsOwn("GET", page, List.of("Accept-Encoding: gzip"));
            assertEquals(1, cache.misses() - misses, page + ": rendered once, for the first request");
            assertEquals(200, first.status);
            assertEquals(plain.headersButDate(), first.headersButDate(), page);
            assertArrayEquals(plain.body, first.body, page);
            for (String query : List.of("?utm_source=newsletter&utm_medium=email", "?fbclid=a%20b", "?")) {
                Answer router = onItsOwn("GET", page + query, List.of("Accept-Encoding: gzip"));
                try (Connection connection = new Connection()) {
                    connection.send("GET", page, List.of());
                    double before = answeredOnConnections();
                    Answer answer = connection.send("GET", page + query, List.of("Accept-Encoding: gzip"));
                    assertEquals(1, answeredOnConnections() - before, page + query + " answered by the handler");
                    for (Answer hit : List.of(router, answer)) {
                        assertEquals(plain.headersButDate(), hit.headersButDate(), page + query);
                        assertArrayEquals(plain.body, hit.body, page + query);
                    }
                }
            }
            assertEquals(1, cache.misses() - misses, page + ": every other request was a hit");
        }
    }

    @Test
    void everyOtherSpellingOrKindOfRequestGoesToTheRouter() throws IOException {
        given().get(SEED).then().statusCode(200);
        List<Request> requests = List.of(
                new Request("GET", SEED + ";jsessionid=1", List.of()),
                new Request("GET", SEED + "%2F", List.of()),
                new Request("GET", "/topics//" + SeedText.SLUG, List.of()),
                new Request("GET", "/topics/../topics/" + SeedText.SLUG, List.of()),
                new Request("GET", "/topics/./" + SeedText.SLUG, List.of()),
                new Request("GET", SEED.toUpperCase(Locale.ROOT), List.of()),
                new Request("GET", "/TOPICS/" + SeedText.SLUG, List.of()),
                new Request("GET", SEED + "/", List.of()),
                new Request("GET", SEED + "?%zz", List.of()), // Vert.x refuses these queries with a 400
                new Request("GET", SEED + "?a\"b", List.of()),
                new Request("GET", SEED + "?a{b}", List.of()),
                new Request("GET", SEED + "#top", List.of()),
                new Request("GET", "http://localhost:" + RestAssured.port + SEED, List.of()),
                new Request("POST", SEED, List.of("Content-Length: 0")),
                new Request("GET", SEED, List.of("Content-Length: 0")),
                new Request("OPTIONS", SEED, List.of()),
                new Request("GET", "/topics/no-such-topic", List.of()),
                new Request("GET", "not-found", List.of()), // the not-found page's key in the cache, now it is there
                new Request("GET", SEED, List.of(NO_HOST)),
                new Request("GET", SEED, List.of("Host: exa mple")),
                new Request("GET", SEED, List.of("Host: a:b:c")),
                new Request("GET", SEED, List.of("Host: localhost:99999")));
        for (Request request : requests) {
            Answer router = onItsOwn(request.method, request.target, request.headers);
            try (Connection connection = new Connection()) {
                connection.send("GET", SEED, List.of());
                double before = answeredOnConnections();
                Answer answer = connection.send(request.method, request.target, request.headers);
                assertEquals(0, answeredOnConnections() - before, request + " went to the router");
                assertEquals(router.status, answer.status, request.toString());
                assertEquals(router.headers.get("location"), answer.headers.get("location"), request.toString());
                // The connection still serves, and its next hit is the handler's again.
                assertEquals(200, connection.send("GET", SEED, List.of()).status, "after " + request);
            }
        }
    }

    @Test
    void aClosingRequestIsAnsweredByTheRouterWhichClosesTheConnection() throws IOException {
        given().get(SEED).then().statusCode(200);
        try (Connection connection = new Connection()) {
            connection.send("GET", SEED, List.of());
            double before = answeredOnConnections();
            Answer answer = connection.send("GET", SEED, List.of("Connection: close"));
            assertEquals(200, answer.status);
            assertEquals(0, answeredOnConnections() - before);
            assertEquals(-1, connection.in.read(), "closed after the answer");
        }
    }

    @Test
    void nothingIsAnsweredAfterARequestThatClosesTheConnection() throws IOException {
        given().get(SEED).then().statusCode(200);
        List<String> closingRequests = List.of(new Request("GET", SEED, List.of("Connection: close")).text(),
                "GET " + SEED + " HTTP/1.0\r\n\r\n");
        for (String closing : closingRequests) {
            try (Connection connection = new Connection()) {
                connection.send("GET", SEED, List.of());
                double before = answeredOnConnections();
                connection.out().write((closing + new Request("GET", SEED, List.of()).text())
                        .getBytes(StandardCharsets.ISO_8859_1));
                connection.out().flush();
                assertEquals(200, connection.read(false).status, closing);
                assertEquals(-1, connection.in.read(), "closed after the answer to " + closing + ", and nothing after it");
                assertEquals(0, answeredOnConnections() - before, closing);
            }
        }
    }

    @Test
    void onceTheApplicationBeginsToStopHitsGoThroughTheRouterAgain() throws IOException {
        given().get(SEED).then().statusCode(200);
        try (Connection connection = new Connection()) {
            connection.send("GET", SEED, List.of());
            assertEquals(200, connection.send("GET", SEED, List.of()).status);
            double before = answeredOnConnections();
            stopBegins.fire(new ShutdownDelayInitiatedEvent()); // what Quarkus fires as a stop begins
            try {
                assertEquals(200, connection.send("GET", SEED, List.of()).status);
                assertEquals(0, answeredOnConnections() - before, "answered by the router, which can say Connection: close");
            } finally {
                filter.stopping = false;
            }
        }
    }

    @Test
    void anHttp10FirstRequestKeepsTheAnswersInOrderToo() throws IOException {
        given().get(SEED).then().statusCode(200);
        try (Connection connection = new Connection()) {
            // Three requests at once: Vert.x holds the second and third while it answers the first.
            connection.out().write(("GET " + SeedText.SPANISH_PATH + " HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"
                    + new Request("GET", SEED, List.of()).text() + new Request("GET", "/es/", List.of()).text())
                    .getBytes(StandardCharsets.ISO_8859_1));
            connection.out().flush();
            assertTrue(connection.read(false).text().contains("<html lang=\"es\""));
            assertTrue(connection.read(false).text().contains("<html lang=\"en\""));
            // The Spanish home page is rendered on a worker thread; a hit sent meanwhile must wait for it.
            connection.out().write(new Request("GET", SEED, List.of()).text().getBytes(StandardCharsets.ISO_8859_1));
            connection.out().flush();
            Answer spanishHome = connection.read(false);
            assertEquals(200, spanishHome.status);
            assertTrue(spanishHome.text().contains("<html lang=\"es\""), "the Spanish home page before the hit");
            assertTrue(connection.read(false).text().contains("<html lang=\"en\""));
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInTheOrderTheyCame() throws IOException {
        given().get(SEED).then().statusCode(200); // cached; the Spanish edition is not
        try (Connection connection = new Connection()) {
            connection.send("GET", SEED, List.of());
            List<Request> pipelined = List.of(
                    new Request("GET", SeedText.SPANISH_PATH, List.of()), // rendered on a worker thread
                    new Request("GET", SEED, List.of()),
                    new Request("GET", "/topics/no-such-topic", List.of()),
                    new Request("GET", SEED, List.of("Accept-Encoding: gzip")),
                    new Request("HEAD", SEED, List.of()),
                    new Request("GET", "/sitemap.xml", List.of()),
                    new Request("GET", SEED, List.of()));
            StringBuilder all = new StringBuilder();
            pipelined.forEach(request -> all.append(request.text()));
            connection.out().write(all.toString().getBytes(StandardCharsets.ISO_8859_1));
            connection.out().flush();
            List<Answer> answers = new ArrayList<>();
            for (Request request : pipelined) {
                answers.add(connection.read(request.method.equals("HEAD")));
            }
            assertEquals(List.of(200, 200, 404, 200, 200, 200, 200), answers.stream().map(a -> a.status).toList());
            assertTrue(answers.get(0).text().contains("<html lang=\"es\""), "the Spanish page first");
            assertTrue(answers.get(1).text().contains("<html lang=\"en\""), "then the English page");
            assertEquals("gzip", answers.get(3).headers.get("content-encoding"));
            assertNull(answers.get(4).headers.get("content-encoding"));
            assertEquals(0, answers.get(4).body.length, "HEAD has no body");
            assertTrue(answers.get(5).headers.get("content-type").contains("xml"), "the sitemap in its place");
            assertTrue(answers.get(6).text().contains("<html lang=\"en\""));
            assertEquals(200, connection.send("GET", SEED, List.of()).status, "and the connection goes on");
        }
    }

    private double answeredOnConnections() {
        return registry.counter("explainers.page.cache.connection.hits").count();
    }

    /** The router's answer: a connection of its own, whose first and only request is this one. */
    private static Answer onItsOwn(String method, String target, List<String> headers) throws IOException {
        try (Connection connection = new Connection()) {
            return connection.send(method, target, headers);
        }
    }

    /** A header that stands for none: a request with it has no Host header either. */
    static final String NO_HOST = "X-Test: no Host";

    record Request(String method, String target, List<String> headers) {

        String text() {
            StringBuilder text = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            if (headers.stream().noneMatch(header -> header.startsWith("Host:") || header.equals(NO_HOST))) {
                text.append("Host: localhost\r\n");
            }
            headers.forEach(header -> text.append(header).append("\r\n"));
            return text.append("\r\n").toString();
        }
    }

    record Answer(int status, List<String[]> headerLines, Map<String, String> headers, byte[] body) {

        Map<String, String> headersButDate() {
            Map<String, String> rest = new TreeMap<>(headers);
            rest.remove("date");
            return rest;
        }

        List<String> names() {
            return headerLines.stream().map(line -> line[0].toLowerCase(Locale.ROOT)).toList();
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One keep-alive HTTP/1.1 connection, read byte for byte. */
    static final class Connection implements AutoCloseable {

        final Socket socket;
        final InputStream in;

        Connection() throws IOException {
            socket = new Socket("localhost", RestAssured.port);
            socket.setSoTimeout(20_000);
            in = new BufferedInputStream(socket.getInputStream());
        }

        java.io.OutputStream out() throws IOException {
            return socket.getOutputStream();
        }

        Answer send(String method, String target, List<String> headers) throws IOException {
            out().write(new Request(method, target, headers).text().getBytes(StandardCharsets.ISO_8859_1));
            out().flush();
            return read(method.equals("HEAD"));
        }

        Answer read(boolean head) throws IOException {
            String statusLine = line();
            assertTrue(statusLine.startsWith("HTTP/1."), "a status line, not '" + statusLine + "'");
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            List<String[]> lines = new ArrayList<>();
            Map<String, String> headers = new TreeMap<>();
            for (String line = line(); !line.isEmpty(); line = line()) {
                String[] header = line.split(": ?", 2);
                lines.add(header);
                headers.put(header[0].toLowerCase(Locale.ROOT), header[1]);
            }
            byte[] body = new byte[0];
            if (!head && status != 304 && status != 204) {
                String length = headers.get("content-length");
                if (length != null) {
                    body = in.readNBytes(Integer.parseInt(length));
                } else {
                    assertEquals("chunked", headers.get("transfer-encoding"), "a length or chunks");
                    body = chunks();
                }
            }
            return new Answer(status, lines, headers, body);
        }

        private byte[] chunks() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(), 16); size > 0; size = Integer.parseInt(line(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
            return body.toByteArray();
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b == -1) {
                    throw new IOException("the connection closed mid-answer");
                }
                line.write(b);
            }
            return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
