package io.explainers.site;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Security headers on every response the application writes: pages, errors, static files, the API. The pages need
 * no script and no inline style, so the policy can be strict.
 */
@Singleton
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'; form-action 'self'";

    private final boolean https;

    SecurityHeaders(Site site) {
        this.https = site.isHttps();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            MultiMap headers = rc.response().headers();
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            if (https) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            rc.next();
        }, 100);
    }
}
