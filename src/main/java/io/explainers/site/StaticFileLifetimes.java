package io.explainers.site;

import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.explainers.web.FilterOrder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * How long a static file may be kept, by the address it was asked at. Quarkus sends every static file as immutable for
 * a day, which is right for the address the pages link, the one with the file's digest ({@link StaticAssets}). A bare
 * address (browsers ask for /favicon.ico on their own) may be kept as long as a page. Any other digest names a file this
 * build does not have, as when a new page's stylesheet is asked of a replica still on the old build during a rolling
 * update: that answer is not kept at all, or a CDN would serve the old file under the new address for a day.
 */
@Singleton
public class StaticFileLifetimes {

    /** The files under META-INF/resources, which Quarkus serves. */
    static final Set<String> FILES = Set.of("/css/site.css", "/favicon.ico", "/favicon.svg", "/apple-touch-icon.png");

    /** Slashes as the static handler reads them: doubled, or percent-encoded, which routing leaves as they are. */
    private static final Pattern SLASHES = Pattern.compile("(?:/|%2[Ff])+");

    private final String pageLifetime;

    StaticFileLifetimes(PageResponses pages) {
        this.pageLifetime = pages.cacheControl();
    }

    void register(@Observes Filters filters) {
        filters.register(this::lifetime, FilterOrder.STATIC_FILE_LIFETIMES);
    }

    private void lifetime(RoutingContext routing) {
        String path = SLASHES.matcher(routing.normalizedPath()).replaceAll("/");
        if (FILES.contains(path)) {
            String digest = routing.request().getParam("v");
            if (digest == null) {
                routing.addHeadersEndHandler(end -> routing.response().headers().set(HttpHeaders.CACHE_CONTROL, pageLifetime));
            } else if (!StaticAssets.url(path).equals(path + "?v=" + digest)) {
                routing.addHeadersEndHandler(end -> routing.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store"));
            }
        }
        routing.next();
    }
}
