package io.explainers.indexnow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * A local IndexNow endpoint: a Vert.x server on a free port that records every request and answers as the test
 * scripts it (200 when nothing is scripted). The application under test is pointed at it; nothing leaves the machine.
 */
public class IndexNowStub implements QuarkusTestResourceLifecycleManager {

    static final String KEY = "test-only-indexnow-key-0123";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted answer. */
    record Reply(int status, Map<String, String> headers, long delayMillis) {
        static Reply of(int status) {
            return new Reply(status, Map.of(), 0);
        }
    }

    static final ConcurrentLinkedDeque<Reply> SCRIPT = new ConcurrentLinkedDeque<>();
    static final List<JsonNode> RECEIVED = Collections.synchronizedList(new ArrayList<>());
    static volatile long delayMillis;

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
                try {
                    RECEIVED.add(JSON.readTree(body.toString()));
                } catch (Exception e) {
                    RECEIVED.add(JSON.createObjectNode().put("unreadable", body.toString()));
                }
                Reply reply = SCRIPT.poll();
                Reply answer = reply != null ? reply : Reply.of(200);
                long delay = Math.max(1, answer.delayMillis() + delayMillis);
                vertx.setTimer(delay, timer -> {
                    var response = request.response().setStatusCode(answer.status());
                    answer.headers().forEach(response::putHeader);
                    response.end("{}");
                });
            })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            return Map.of(
                    "explainers.indexnow.key", KEY,
                    "explainers.indexnow.endpoint", "http://127.0.0.1:" + server.actualPort() + "/indexnow",
                    "explainers.indexnow.batch-size", "50",
                    "explainers.indexnow.max-attempts", "3",
                    "explainers.indexnow.backoff", "10s",
                    "explainers.indexnow.timeout", "1s",
                    "explainers.indexnow.lease", "30s");
        } catch (Exception e) {
            throw new IllegalStateException("The IndexNow stub did not start", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    /** Every URL received, in order, across requests. */
    static List<String> urls() {
        List<String> urls = new ArrayList<>();
        synchronized (RECEIVED) {
            RECEIVED.forEach(request -> request.get("urlList").forEach(url -> urls.add(url.asText())));
        }
        return urls;
    }

    static void reset() {
        SCRIPT.clear();
        RECEIVED.clear();
        delayMillis = 0;
    }
}
