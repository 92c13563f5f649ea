package io.explainers.site;

import java.util.function.BiConsumer;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.explainers.web.FilterOrder;
import io.explainers.web.Site;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;

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
            each(rc.response().headers()::set);
            rc.next();
        }, FilterOrder.SECURITY_HEADERS);
    }

    /**
     * Gives each header to {@code header}, by name and value. Also used for cached pages, which are answered before any
     * filter runs ({@link CachedPageFilter}, {@link CachedPageHandler}).
     */
    void each(BiConsumer<CharSequence, CharSequence> header) {
        header.accept(CSP, CSP_VALUE);
        header.accept(NOSNIFF, NOSNIFF_VALUE);
        header.accept(REFERRER_POLICY, REFERRER_POLICY_VALUE);
        header.accept(PERMISSIONS_POLICY, PERMISSIONS_POLICY_VALUE);
        header.accept(OPENER_POLICY, OPENER_POLICY_VALUE);
        if (https) {
            header.accept(HSTS, HSTS_VALUE);
        }
    }

    // Names and values made once as ASCII byte strings: Netty writes them without encoding them again.
    private static final CharSequence CSP = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence CSP_VALUE = HttpHeaders.createOptimized(CONTENT_SECURITY_POLICY);
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF_VALUE = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence REFERRER_POLICY_VALUE = HttpHeaders.createOptimized("strict-origin-when-cross-origin");
    private static final CharSequence PERMISSIONS_POLICY = HttpHeaders.createOptimized("Permissions-Policy");
    private static final CharSequence PERMISSIONS_POLICY_VALUE = HttpHeaders
            .createOptimized("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    private static final CharSequence OPENER_POLICY = HttpHeaders.createOptimized("Cross-Origin-Opener-Policy");
    private static final CharSequence OPENER_POLICY_VALUE = HttpHeaders.createOptimized("same-origin");
    private static final CharSequence HSTS = HttpHeaders.createOptimized("Strict-Transport-Security");
    private static final CharSequence HSTS_VALUE = HttpHeaders.createOptimized("max-age=31536000; includeSubDomains");
}
