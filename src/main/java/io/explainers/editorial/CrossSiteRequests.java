package io.explainers.editorial;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.explainers.web.Api;
import io.explainers.web.Problem;
import io.explainers.web.Site;

/**
 * Refuses changes to the API that a browser sends on behalf of another site. Browsers keep Basic credentials and
 * attach them to any request to this host, and a body-less POST (publish, restore) needs no CORS preflight, so a
 * hostile page could otherwise make a logged-in editor's browser publish or restore. Browsers say where a request
 * comes from (Origin, Sec-Fetch-Site); curl and other tools send neither and are not affected.
 * <p>
 * It decides after routing, by the resource the request reached, not by its path: the router reads a path its own way
 * (matrix parameters, encoded characters, dot segments), and any spelling that reaches the API meets this check.
 */
@ApplicationScoped
public class CrossSiteRequests {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final String siteOrigin;

    CrossSiteRequests(Site site) {
        URI base = URI.create(site.baseUrl());
        this.siteOrigin = base.getScheme() + "://" + base.getRawAuthority();
    }

    @ServerRequestFilter
    public Optional<Response> refuseChangesFromOtherSites(ContainerRequestContext request, ResourceInfo resource) {
        if (SAFE.contains(request.getMethod()) || !Api.isApi(resource.getResourceClass())
                || !crossSite(request.getHeaderString("Origin"), request.getHeaderString("Sec-Fetch-Site"))) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(Response.Status.FORBIDDEN, "Changes to the API cannot come from another site's page.")
                .at(request.getUriInfo().getPath()).toResponse());
    }

    boolean crossSite(String origin, String fetchSite) {
        if (fetchSite != null && (fetchSite.equals("cross-site") || fetchSite.equals("same-site"))) {
            return true;
        }
        return origin != null && !origin.equalsIgnoreCase(siteOrigin);
    }
}
