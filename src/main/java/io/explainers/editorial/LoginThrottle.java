package io.explainers.editorial;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.explainers.web.ExplainersConfig;
import io.explainers.web.FilterOrder;
import io.explainers.web.Problem;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Slows down password guessing on the API. Every HTTP Basic login costs a bcrypt hash on a worker thread, so guesses
 * are limited before any is checked: per client address and per username (whatever the address), each a token
 * bucket of {@code explainers.login.*}. A login takes a token from both; a login that did not fail (anything but 401) gives
 * them back, so only failures count. With either bucket empty the request gets a 429 problem+json with Retry-After
 * right here, on the event loop, without a hash being computed. Buckets live in bounded caches, so an attacker's
 * many addresses and usernames cost bounded memory. Counted as
 * {@code explainers_logins_total{result=checked|failed|throttled}}:
 * logins let through to the password check, those of them that failed, and those refused before it.
 */
@Singleton
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    private static final String BASIC = "basic ";
    /** Longer usernames share a bucket by their start: no account has one that long. */
    private static final int LONGEST_USERNAME = 100;

    private final ExplainersConfig.Login limits;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Bucket> usernames;
    private final Counter checked;
    private final Counter failed;
    private final Counter throttled;

    LoginThrottle(ExplainersConfig config, MeterRegistry registry) {
        this.limits = config.login();
        this.addresses = buckets(limits);
        this.usernames = buckets(limits);
        this.checked = logins(registry, "checked");
        this.failed = logins(registry, "failed");
        this.throttled = logins(registry, "throttled");
    }

    /** One series of {@code explainers_logins_total}; {@link RememberedLogins} counts its answers here too. */
    static Counter logins(MeterRegistry registry, String result) {
        return Counter.builder("explainers.logins")
                .description("API logins let through to be checked (checked), failed there, refused before it (throttled),"
                        + " or answered from a recent check (remembered)")
                .tag("result", result)
                .register(registry);
    }

    private static Cache<String, Bucket> buckets(ExplainersConfig.Login limits) {
        // A bucket not touched for a whole window is full again: forgetting it changes nothing.
        return Caffeine.newBuilder().maximumSize(limits.remembered()).expireAfterAccess(limits.window()).build();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FilterOrder.LOGIN_THROTTLE);
    }

    void check(RoutingContext rc) {
        String username = basicUsername(rc.request().getHeader(HttpHeaders.AUTHORIZATION));
        // Every request with Basic credentials, whatever its path: the router does not see the path Quarkus REST
        // matches (it strips ;parameters), and a login that is not checked anywhere gives its tokens back anyway.
        if (username == null) {
            rc.next();
            return;
        }
        String address = address(rc.request().remoteAddress());
        Bucket byAddress = addresses.get(address, key -> bucket(limits.failuresPerAddress()));
        ConsumptionProbe fromAddress = byAddress.tryConsumeAndReturnRemaining(1);
        if (!fromAddress.isConsumed()) {
            // Before the username's bucket is made: an address out of guesses that sent a new username each time made
            // a bucket for each, and filled the heap with them in under a minute.
            tooMany(rc, fromAddress.getNanosToWaitForRefill());
            return;
        }
        Bucket byUsername = usernames.get(username, key -> bucket(limits.failuresPerUsername()));
        ConsumptionProbe forUsername = byUsername.tryConsumeAndReturnRemaining(1);
        if (!forUsername.isConsumed()) {
            byAddress.addTokens(1);
            tooMany(rc, forUsername.getNanosToWaitForRefill());
            return;
        }
        checked.increment();
        rc.addHeadersEndHandler(ended -> {
            if (rc.response().getStatusCode() == 401) {
                failed.increment();
                LOG.infof("Failed login for %s from %s", printable(username), address);
            } else {
                byAddress.addTokens(1);
                byUsername.addTokens(1);
            }
        });
        rc.next();
    }

    private Bucket bucket(int failures) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(failures).refillGreedy(failures, limits.window()).build())
                .build();
    }

    private void tooMany(RoutingContext rc, long nanosToWait) {
        throttled.increment();
        long seconds = Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
        Problem problem = Problem.of(429, "Too Many Requests",
                "Too many failed logins from this address or for this username; try again in " + seconds + " s.")
                .at(rc.normalizedPath());
        rc.response().setStatusCode(429)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .end(problem.toJson());
    }

    /** The username of HTTP Basic credentials, or null when there are none; the password is never looked at. */
    static String basicUsername(String authorization) {
        if (authorization == null || authorization.length() <= BASIC.length()
                || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null; // not Basic credentials at all: the login fails without a hash
        }
        int colon = credentials.indexOf(':');
        String username = colon < 0 ? credentials : credentials.substring(0, colon);
        return username.length() > LONGEST_USERNAME ? username.substring(0, LONGEST_USERNAME) : username;
    }

    private static String address(SocketAddress remote) {
        return remote == null ? "unknown" : remote.hostAddress();
    }

    /** For tests: how many usernames have their logins counted now. */
    long rememberedUsernames() {
        usernames.cleanUp();
        return usernames.estimatedSize();
    }

    /** Logins let through to the password check so far. */
    long checked() {
        return (long) checked.count();
    }

    /** A username as a log line can hold it: attackers choose them. */
    private static String printable(String username) {
        return '"' + username.replaceAll("[\\p{Cntrl}\"\\\\]", "?") + '"';
    }
}
