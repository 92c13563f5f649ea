package io.explainers.editorial;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    ApiBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length)) {
                Problem problem = Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "The body is " + length + " bytes; the API accepts at most " + maxBytes + ".").at(rc.normalizedPath());
                Response response = problem.toResponse();
                rc.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end((String) response.getEntity());
                return;
            }
            rc.next();
        }, 90);
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }
}
