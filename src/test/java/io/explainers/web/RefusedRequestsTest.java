package io.explainers.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.explainers.LogLines;
import io.explainers.SeedText;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A request the router refuses before any route (an HTTP/1.1 request without a usable Host) gets a plain 400 that
 * does not claim the site failed, and leaves no ERROR in the log, whatever a client sends how often.
 */
@QuarkusTest
class RefusedRequestsTest {

    static final String QUARKUS_ERROR_HANDLER = "io.quarkus.vertx.http.runtime.QuarkusErrorHandler";

    @TestHTTPResource("/")
    URL server;

    @ParameterizedTest
    @ValueSource(strings = { "", "Host: a, b\r\n", "Host: user@a\r\n", "Host: exa mple\r\n", "Host: a:b:c\r\n" })
    void aRequestWithoutAUsableHostGetsAPlain400AndNoErrorInTheLog(String host) throws Exception {
        String[] answer = new String[1];
        List<String> logged = LogLines.of(QUARKUS_ERROR_HANDLER, () -> answer[0] = send(
                "GET " + SeedText.PATH + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n"));
        assertEquals(List.of(), logged);
        assertTrue(answer[0].startsWith("HTTP/1.1 400 "), answer[0]);
        assertTrue(answer[0].endsWith("\r\n\r\nBad Request\n"), answer[0]);
        assertTrue(answer[0].toLowerCase(java.util.Locale.ROOT).contains("content-type: text/plain"), answer[0]);
    }

    private String send(String request) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
