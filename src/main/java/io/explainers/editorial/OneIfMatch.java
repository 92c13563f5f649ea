package io.explainers.editorial;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.explainers.web.Api;
import io.explainers.web.Problem;
import io.explainers.web.ProblemException;

/**
 * A request with two If-Match header lines is refused, as one line with two tags is ({@link Versions}): HTTP reads
 * them as one list (RFC 9110 5.3), and a change cannot be based on two versions. The resources take one header
 * value, which would have been the first line's alone.
 */
public class OneIfMatch {

    /** The methods a condition guards; a read ignores If-Match, as it ignores one line of two tags. */
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "DELETE", "PATCH");

    @ServerRequestFilter
    public void refuseSeveral(ContainerRequestContext request) {
        List<String> lines = request.getHeaders().get(HttpHeaders.IF_MATCH);
        if (lines != null && lines.size() > 1 && CHANGES.contains(request.getMethod())
                && Api.isApi(request.getUriInfo().getPath())) {
            throw new ProblemException(Problem.invalid("If-Match", "must be sent once, with one ETag"));
        }
    }
}
