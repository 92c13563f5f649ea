package io.explainers.editorial;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A multipart/form-data Content-Type that ends in "boundary=" makes Quarkus REST read past the header's end: a 500.
 * Request filters run before the form is read, so the empty boundary is refused here; {@link ImportsResource} answers
 * a body that does not end with its boundary. A class of its own: as a method of {@code ImportsResource} the filter ran
 * behind that class's {@code @RolesAllowed(editor)}, and every request of a reviewer was refused with 403.
 */
class MultipartBoundary {

    @ServerRequestFilter
    Optional<Response> refuseAnEmptyBoundary(ContainerRequestContext request, UriInfo uri) {
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                || !"".equals(type.getParameters().get("boundary"))) {
            return Optional.empty();
        }
        return Optional.of(ImportsResource.incompleteForm().at(uri.getPath()).toResponse());
    }
}
