package io.explainers.editorial;

import io.explainers.site.Site;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;

/**
 * Refuses changes to the API that a browser sends on behalf of another site. Browsers keep Basic credentials and
 * attach them to any request to this host, and a body-less POST (publish, restore) needs no CORS preflight, so a
 * hostile page could otherwise make a logged-in editor's browser publish or restore. Browsers say where a request
 * comes from (Origin, Sec-Fetch-Site); curl and other tools send neither and are not affected.
 */
@Singleton
public class CrossSiteRequests {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final String siteOrigin;

    CrossSiteRequests(Site site) {
        URI base = URI.create(site.baseUrl());
        this.siteOrigin = base.getScheme() + "://" + base.getRawAuthority();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if (!SAFE.contains(rc.request().method()) && ProblemMappers.isApi(rc.normalizedPath())
                    && crossSite(rc.request().getHeader("Origin"), rc.request().getHeader("Sec-Fetch-Site"))) {
                Response problem = Problem.of(Response.Status.FORBIDDEN,
                        "Changes to the API cannot come from another site's page.").at(rc.normalizedPath()).toResponse();
                rc.response().setStatusCode(403).putHeader("Content-Type", Problem.MEDIA_TYPE).end((String) problem.getEntity());
                return;
            }
            rc.next();
        }, 95);
    }

    boolean crossSite(String origin, String fetchSite) {
        if (fetchSite != null && (fetchSite.equals("cross-site") || fetchSite.equals("same-site"))) {
            return true;
        }
        return origin != null && !origin.equalsIgnoreCase(siteOrigin);
    }
}
