package io.explainers.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.VertxException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request the router refuses before any route runs (an HTTP/1.1 request without a Host header, or with one that is
 * not a host and port; a request line without a path) gets a plain 400. Quarkus's own error handler answered it
 * "Internal Server Error" with an error id, as if the site had failed, and logged each at ERROR: any client could fill
 * the log that alerts watch.
 */
@ApplicationScoped
class RefusedRequests {

    void register(@Observes Router router) {
        router.route().order(FilterOrder.REFUSED_REQUESTS).failureHandler(this::answer);
    }

    void answer(RoutingContext routing) {
        if (routing.statusCode() != 400 || !(routing.failure() instanceof VertxException)
                || routing.response().headWritten()) {
            routing.next();
            return;
        }
        routing.response()
                .setStatusCode(400)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end("Bad Request\n");
    }
}
