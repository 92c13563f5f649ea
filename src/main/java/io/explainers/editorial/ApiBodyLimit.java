package io.explainers.editorial;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.explainers.web.FilterOrder;
import io.explainers.web.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;

/**
 * Answers a request whose declared body is over {@code quarkus.http.limits.max-body-size} with a 413 in problem+json
 * before a byte of it is read. The limit is the server's, whatever the path, so no path decides it: this runs before
 * routing, and the router may read a path differently (matrix parameters, encoded characters). Only the API takes
 * bodies, so only its clients ever see this. (A chunked body without a length that grows too large is still cut off
 * by the HTTP layer, with its plain 413.)
 */
@Singleton
public class ApiBodyLimit {

    private final long maxBytes;

    // No default of our own: Quarkus's default for its key applies when application.properties does not set it.
    ApiBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length)) {
                Problem problem = Problem.tooLarge(length, maxBytes).at(rc.normalizedPath());
                rc.response().setStatusCode(problem.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problem.toJson());
                return;
            }
            rc.next();
        }, FilterOrder.BODY_LIMIT);
    }

    /** The largest body the server takes, in bytes. */
    long maxBytes() {
        return maxBytes;
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }
}
