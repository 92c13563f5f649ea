package io.explainers.indexnow;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.explainers.web.DatabaseReachability;
import io.explainers.web.ExplainersConfig;
import io.explainers.web.Site;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Posts the outbox's due rows to the IndexNow endpoint, a batch (at most 10,000 URLs, deduplicated) per request.
 * 200 and 202 mean done. 429, 5xx, timeouts and network errors are tried again later, after an exponentially growing
 * wait with jitter, or after what {@code Retry-After} asks if that is longer; after {@code max-attempts} the rows are
 * failed, logged once and counted. Other answers (400 bad request, 403 key not valid, 422 URLs not of this host) will
 * not change by asking again: the rows fail at once. Every replica runs a sender; each row is claimed by one.
 * Counted as {@code explainers_indexnow_urls_total{result=sent|retried|failed}}, with the rows still pending as the
 * gauge {@code explainers_indexnow_pending}.
 */
@ApplicationScoped
public class IndexNowSender {

    private static final Logger LOG = Logger.getLogger(IndexNowSender.class);
    /** The protocol's limit on URLs in one request. */
    static final int MAX_URLS = 10_000;

    private final Outbox outbox;
    private final ObjectMapper json;
    private final ExplainersConfig.IndexNow config;
    private final Optional<String> key;
    private final String host;
    private final String keyLocation;
    private final HttpClient http;
    private final Counter sent;
    private final Counter retried;
    private final Counter failed;
    private final AtomicLong pending = new AtomicLong();

    IndexNowSender(Outbox outbox, ObjectMapper json, ExplainersConfig config, Site site, MeterRegistry registry) {
        this.outbox = outbox;
        this.json = json;
        this.config = config.indexnow();
        this.key = this.config.key();
        this.host = URI.create(site.baseUrl()).getHost();
        this.keyLocation = key.map(k -> site.url(IndexNowKeyFile.path(k))).orElse(null);
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout()).build();
        this.sent = urls(registry, "sent");
        this.retried = urls(registry, "retried");
        this.failed = urls(registry, "failed");
        Gauge.builder("explainers.indexnow.pending", pending, AtomicLong::get)
                .description("Changed addresses waiting to be sent to IndexNow").register(registry);
    }

    private static Counter urls(MeterRegistry registry, String result) {
        return Counter.builder("explainers.indexnow.urls")
                .description("Changed addresses sent to IndexNow, tried again later, or given up")
                .tag("result", result)
                .register(registry);
    }

    public boolean enabled() {
        return key.isPresent();
    }

    @Scheduled(every = "${explainers.indexnow.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = DatabaseReachability.Unreachable.class)
    void scheduled() {
        if (!enabled()) {
            return;
        }
        try {
            sendDue(Instant.now());
            outbox.forget(Instant.now().minus(config.keep()));
        } catch (RuntimeException e) {
            LOG.warnf("IndexNow: the outbox cannot be read (%s); trying again in %s", e.getMessage(), config.interval());
        }
    }

    /** Sends every batch that is due at {@code now}; returns the number of rows handled. */
    public int sendDue(Instant now) {
        int handled = 0;
        try {
            while (true) {
                Outbox.Batch batch = outbox.claim(now, Math.min(config.batchSize(), MAX_URLS), config.lease());
                if (batch.isEmpty()) {
                    return handled;
                }
                send(batch, now);
                handled += batch.ids().size();
            }
        } finally {
            pending.set(outbox.pending());
        }
    }

    private void send(Outbox.Batch batch, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("host", host);
        body.put("key", key.orElseThrow());
        body.put("keyLocation", keyLocation);
        body.put("urlList", List.copyOf(new LinkedHashSet<>(batch.urls())));
        HttpResponse<String> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(config.endpoint()))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An IndexNow request always serialises", e);
        } catch (IOException e) {
            retry(batch, now, null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            retry(batch, now, null, null, "interrupted");
            return;
        }
        int status = response.statusCode();
        if (status == 200 || status == 202) {
            sent.increment(outbox.sent(batch, now, status));
        } else if (status == 429 || status >= 500) {
            retry(batch, now, status, response.headers().firstValue("Retry-After").orElse(null),
                    "HTTP " + status + " " + response.body());
        } else {
            fail(batch, now, status, "HTTP " + status + " " + response.body());
        }
    }

    private void retry(Outbox.Batch batch, Instant now, Integer status, String retryAfter, String error) {
        int attempts = batch.attempts() + 1;
        if (attempts >= config.maxAttempts()) {
            fail(batch, now, status, error + " (after " + attempts + " attempts)");
            return;
        }
        Instant next = now.plus(delay(attempts, retryAfter(retryAfter, now)));
        retried.increment(outbox.retry(batch, next, status, error));
        LOG.debugf("IndexNow: %d URLs to try again at %s (%s)", batch.ids().size(), next, error);
    }

    private void fail(Outbox.Batch batch, Instant now, Integer status, String error) {
        int rows = outbox.failed(batch, now, status, error);
        failed.increment(rows);
        List<String> urls = batch.urls();
        LOG.errorf("IndexNow: gave up on %d changed addresses (%s): %s%s", rows, error,
                String.join(" ", urls.subList(0, Math.min(5, urls.size()))), urls.size() > 5 ? " …" : "");
    }

    /**
     * The wait before attempt {@code attempts + 1}: the backoff doubled for each attempt made, between half and all of
     * it at random (so replicas and sites do not come back in step), at least what the server asked for, at most the
     * configured ceiling.
     */
    Duration delay(int attempts, Optional<Duration> retryAfter) {
        long base = config.backoff().toMillis() << Math.min(attempts - 1, 30);
        long ceiling = config.maxBackoff().toMillis();
        long exponential = Math.min(base, ceiling);
        long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
        long asked = retryAfter.map(Duration::toMillis).orElse(0L);
        return Duration.ofMillis(Math.min(ceiling, Math.max(jittered, asked)));
    }

    /** {@code Retry-After}: delay-seconds or an HTTP-date (RFC 9110); anything else is ignored. */
    static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (trimmed.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
