package io.explainers.editorial;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.explainers.web.Api;

/**
 * Every answer of the API is {@code Cache-Control: no-store}: it holds drafts, reviews and editors' names, and is
 * current only at the moment it is sent. Said once here, for every resource and error of the API, rather than by each
 * (two of them, the analysis and a revision, had gone without).
 */
public class ApiNotStored {

    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        if (Api.isApi(request.getUriInfo().getPath())) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
