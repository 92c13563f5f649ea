package io.explainers.editorial;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.explainers.web.FieldError;
import io.explainers.web.Problem;
import io.explainers.web.ProblemException;

/**
 * The people who review explainers, as pages name them. Both roles read them (a reviewer names their record in a
 * review); editors create and change them. A change of name, credentials, job title or profile reaches every page
 * that names the reviewer at once.
 */
@Path("/api/reviewers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EDITOR, Roles.REVIEWER })
@Tag(name = "Reviewers")
@SecurityRequirement(name = "basic")
public class ReviewersResource {

    private final Reviewers reviewers;
    private final Validator validator;

    ReviewersResource(Reviewers reviewers, Validator validator) {
        this.reviewers = reviewers;
        this.validator = validator;
    }

    @GET
    @Operation(summary = "Every reviewer, by name, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of reviewers; X-Total-Count is how many there are", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewerDocument.class)))
    public Response list(@RestQuery String page, @RestQuery String size, UriInfo uri) {
        ApiPage asked = ApiPage.of(page, size);
        return asked.response(reviewers.list(asked), uri);
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One reviewer")
    @APIResponse(responseCode = "200", description = "The reviewer, with their version as ETag", content = @Content(schema = @Schema(implementation = ReviewerDocument.class)))
    @APIResponse(responseCode = "404", description = "No such reviewer (problem+json)")
    public Response get(@RestPath long id) {
        return versioned(Response.ok(), reviewers.get(id));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Add a reviewer")
    @APIResponse(responseCode = "201", description = "Created; Location is its address in the API", content = @Content(schema = @Schema(implementation = ReviewerDocument.class)))
    @APIResponse(responseCode = "400", description = "Invalid reviewer (problem+json naming each field)")
    public Response create(ReviewerDocument document, UriInfo uri) {
        requireValid(document);
        ReviewerDocument created = reviewers.create(document);
        return versioned(Response.created(uri.getBaseUriBuilder().path("api/reviewers").path(created.id().toString()).build()),
                created);
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Change a reviewer; every page that names them shows the change at once")
    @APIResponse(responseCode = "200", description = "The reviewer as they are now", content = @Content(schema = @Schema(implementation = ReviewerDocument.class)))
    @APIResponse(responseCode = "400", description = "Invalid reviewer (problem+json naming each field)")
    @APIResponse(responseCode = "404", description = "No such reviewer (problem+json)")
    @APIResponse(responseCode = "409", description = "Based on a version that is no longer current (problem+json with currentVersion)")
    public Response replace(@RestPath long id, ReviewerDocument document,
            @Parameter(description = "The ETag a GET returned: the change is refused if the reviewer changed since") @RestHeader("If-Match") String ifMatch) {
        requireValid(document);
        return versioned(Response.ok(), reviewers.replace(id, document, Versions.basedOn(ifMatch, document.version())));
    }

    /** The reviewer with its version as the ETag, for If-Match. */
    private static Response versioned(Response.ResponseBuilder response, ReviewerDocument reviewer) {
        return response.entity(reviewer).header(HttpHeaders.ETAG, Versions.etag(reviewer.version())).build();
    }

    private void requireValid(ReviewerDocument document) {
        if (document == null) {
            throw new ProblemException(Problem.invalid("body", "a reviewer ({\"name\": \"…\"}) is required"));
        }
        List<FieldError> errors = new java.util.ArrayList<>();
        for (ConstraintViolation<ReviewerDocument> violation : validator.validate(document)) {
            errors.add(new FieldError(TopicDocuments.path(violation), violation.getMessage()));
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            throw new ProblemException(Problem.invalid("The reviewer is not valid.", errors));
        }
    }
}
