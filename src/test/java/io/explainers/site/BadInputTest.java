package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.explainers.SeedText;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Whatever a client sends, the answer is a 4xx (or a redirect to the canonical address), never a 5xx, and the site
 * keeps serving. Requests are written byte for byte on a socket, so nothing is cleaned up by an HTTP client first.
 */
@QuarkusTest
class BadInputTest {

    static final String SEED = SeedText.PATH;

    @TestHTTPResource("/")
    URL base;

    record Case(String name, String requestLine, List<String> headers, boolean mayBeOk) {
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String[] hostilePaths = {
                "/topics/%00", "/topics/%00.html", "/topics/what%00is", "/%00",
                "/topics/%2e%2e%2f", "/topics/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd",
                "/topics/..%2f..%2f",
                "/topics/../../etc/passwd", "/css/..%2f..%2fapplication.properties", "/..%5c..%5cwindows",
                "/topics/" + "a".repeat(10_000), "/topics/" + "a-".repeat(5_000) + "a", "/" + "x".repeat(10_000),
                "/topics/%ff", "/topics/%c3%28", "/topics/%e2%82", "/topics/%f0%28%8c%bc", "/topics/%", "/topics/%zz",
                "/topics/%u0041", "/topics/%C0%AF", "/topics/%F0%9F%98%80", "/topics/%E2%80%AE", "/topics/caf%C3%A9",
                "/topics/\u00fcn\u00efc\u00f6d\u00e9", "/topics/\uD83D\uDE00", "/topics/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "/topics/'%20OR%201=1--", "/topics/x;jsessionid=1", "/topics//" + SeedText.SLUG, "/topics/./x",
                "/topics/a%2Fb", "/topics/a%5Cb", "/topics/-", "/topics/--", "/topics/a--b", "/topics/ab-", "/TOPICS/x",
                "/sitemap-0.xml", "/sitemap-99999999999.xml", "/sitemap--1.xml", "/api", "/q/nothing", "/*", "/topics/*",
                // Just past the database's int offset with the test profile's 500 a page: it wrapped around to a
                // negative offset, a 500.
                "/?page=4294969", "/es/?page=4294969",
        };
        for (String path : hostilePaths) {
            cases.add(new Case("path " + abbreviate(path), "GET " + path + " HTTP/1.1", List.of(), false));
        }
        String[] oddQueries = {
                "?a=%00", "?%%%", "?a=%ff", "?" + "a=1&".repeat(500), "?<script>=1", "?x=" + "y".repeat(4000), "?=&=&=",
                "?utm_source=%E2%80%AE", "?;", "?a[b]=c",
        };
        for (String query : oddQueries) {
            cases.add(new Case("query " + abbreviate(query), "GET " + SEED + query + " HTTP/1.1", List.of(), true));
        }
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE", "FOO", "PROPFIND")) {
            cases.add(new Case("method " + method, method + " " + SEED + " HTTP/1.1", List.of("Content-Length: 0"), false));
        }
        cases.add(new Case("oversized header", "GET " + SEED + " HTTP/1.1", List.of("X-Big: " + "z".repeat(40_000)), false));
        cases.add(new Case("many headers", "GET " + SEED + " HTTP/1.1",
                Stream.iterate(0, i -> i + 1).limit(2000).map(i -> "X-H" + i + ": " + "v".repeat(20)).toList(), false));
        cases.add(
                new Case("garbage If-None-Match", "GET " + SEED + " HTTP/1.1", List.of("If-None-Match: \u0001\"\"\"]]"), true));
        cases.add(new Case("garbage If-Modified-Since", "GET " + SEED + " HTTP/1.1", List.of("If-Modified-Since: yesterday"),
                true));
        cases.add(new Case("odd Accept-Encoding", "GET " + SEED + " HTTP/1.1", List.of("Accept-Encoding: gzip;q=abc, br;;;"),
                true));
        cases.add(new Case("Accept-Encoding of semicolons", "GET " + SEED + " HTTP/1.1", List.of("Accept-Encoding: ;"), true));
        cases.add(new Case("json only", "GET " + SEED + " HTTP/1.1", List.of("Accept: application/json"), true));
        cases.add(new Case("odd range", "GET " + SEED + " HTTP/1.1", List.of("Range: bytes=99999-1"), true));
        // Netty reads any NAME/x.y version as HTTP/1.1; answering it normally is harmless.
        cases.add(new Case("unknown HTTP version", "GET " + SEED + " HTTP/9.9", List.of(), true));
        cases.add(new Case("no path", "GET  HTTP/1.1", List.of(), false));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> neverAServerError() {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 50, "at least 50 cases, have " + cases.size());
        return Stream.concat(
                cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    int status = send(c);
                    assertTrue(status < 500, c.name() + " answered " + status);
                    if (!c.mayBeOk()) {
                        assertTrue(status >= 400 || status == 301, c.name() + " answered " + status);
                    }
                })),
                Stream.of(DynamicTest.dynamicTest("still serving afterwards", () -> assertEquals(200,
                        send(new Case("seed", "GET " + SEED + " HTTP/1.1", List.of(), true))))));
    }

    @Test
    void aPageRefusesOtherMethodsAndSaysWhichItTakes() {
        for (String path : List.of(SEED, "/", "/about", "/sitemap.xml")) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                given().request(method, path).then().statusCode(405)
                        .header("Allow", "GET, HEAD");
            }
        }
    }

    /** Writes the request as raw bytes and returns the status code of the answer (or 400 if the server hung up). */
    int send(Case c) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(c.requestLine()).append("\r\n");
            request.append("Host: ").append(base.getHost()).append("\r\n");
            c.headers().forEach(header -> request.append(header).append("\r\n"));
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                return 400; // the server refused the request before it was fully sent
            }
            String statusLine = readLine(socket.getInputStream());
            if (statusLine.isEmpty()) {
                return 400; // closed without an answer: the connection was refused as malformed
            }
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                line.write(b);
            }
        } catch (java.net.SocketException e) {
            // reset by the server after refusing the request
        }
        return line.toString(StandardCharsets.ISO_8859_1).strip();
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + " chars)" : text;
    }
}
