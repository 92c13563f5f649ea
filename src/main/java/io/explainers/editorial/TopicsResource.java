package io.explainers.editorial;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.explainers.content.ReviewCycle;
import io.explainers.editorial.ApiRecords.ChangeRequest;
import io.explainers.editorial.ApiRecords.ReviewRequest;
import io.explainers.editorial.ApiRecords.RevisionDocument;
import io.explainers.editorial.ApiRecords.RevisionSummary;
import io.explainers.editorial.ApiRecords.TopicListing;
import io.explainers.seo.Analysis;
import io.explainers.web.FieldError;
import io.explainers.web.Problem;
import io.explainers.web.ProblemException;

/**
 * The editorial API: topics as JSON documents, their life (draft, published, archived), reviews, revisions and the
 * SEO and readability analysis. Reading needs either role; writing is for editors, reviewing for reviewers.
 */
@Path("/api/topics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EDITOR, Roles.REVIEWER })
@Tag(name = "Topics")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityRequirement(name = "basic")
public class TopicsResource {

    private static final String PAGE_HELP = "Which page, from 1 (default 1)";
    private static final String SIZE_HELP = "Items a page, 1 to " + ApiPage.MAX_SIZE + " (default " + ApiPage.DEFAULT_SIZE
            + ")";
    private static final String IF_MATCH_HELP = "The ETag that GET returned, for example \"3\", instead of the body's version; * for whatever version is current";

    private final Editorial editorial;
    private final TopicAnalysis analysis;
    private final Validator validator;

    TopicsResource(Editorial editorial, TopicAnalysis analysis, Validator validator) {
        this.editorial = editorial;
        this.analysis = analysis;
        this.validator = validator;
    }

    @GET
    @Operation(summary = "Every topic with its status, drafts and archived ones included, by slug, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of topics; X-Total-Count is how many there are, Link names "
            + "the previous and next pages", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TopicListing.class)))
    @APIResponse(responseCode = "400", description = "page or size is not a number in range (problem+json)")
    public Response list(@Parameter(description = PAGE_HELP) @RestQuery String page,
            @Parameter(description = SIZE_HELP) @RestQuery String size,
            @Parameter(description = "overdue: only published topics whose medical review is due today or earlier") @RestQuery String review,
            @Parameter(description = "A period such as P30D: only published topics whose review is due within it (overdue ones included)") @RestQuery("due-within") String dueWithin,
            UriInfo uri) {
        ApiPage asked = ApiPage.of(page, size);
        LocalDate dueBy = dueBy(review, dueWithin);
        return asked.response(dueBy == null ? editorial.list(asked) : editorial.dueForReview(dueBy, asked), uri);
    }

    /** The last due date a review filter asks for, or null for every topic. */
    static LocalDate dueBy(String review, String dueWithin) {
        if (review != null && !review.equals("overdue")) {
            throw new ProblemException(Problem.invalid("review", "must be overdue"));
        }
        if (dueWithin != null) {
            try {
                Period period = Period.parse(dueWithin);
                if (period.isNegative()) {
                    throw new ProblemException(Problem.invalid("due-within", "must not be negative"));
                }
                return ReviewCycle.today().plus(period);
            } catch (DateTimeParseException e) {
                throw new ProblemException(Problem.invalid("due-within", "must be an ISO-8601 period such as P30D"));
            } catch (DateTimeException e) {
                // A period that parses but leads past the last date there is (P999999999Y).
                throw new ProblemException(Problem.invalid("due-within", "must end before the year 1000000000"));
            }
        }
        return review != null ? ReviewCycle.today() : null;
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "The full topic document, with its version as ETag")
    @APIResponse(responseCode = "200", description = "The topic", content = @Content(schema = @Schema(implementation = TopicDocument.class)))
    @APIResponse(responseCode = "404", description = "No such topic (problem+json)")
    public Response get(@RestPath String slug) {
        return withVersion(Response.ok(), editorial.get(slug));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create a draft from a full document")
    @APIResponse(responseCode = "201", description = "Created; Location is its address in the API", content = @Content(schema = @Schema(implementation = TopicDocument.class)))
    @APIResponse(responseCode = "400", description = "Invalid document (problem+json naming each field)")
    @APIResponse(responseCode = "409", description = "The slug is taken (problem+json)")
    public Response create(TopicDocument document, UriInfo uri, SecurityContext security) {
        requireValid(document);
        TopicDocument created = editorial.create(document, user(security), "created");
        return withVersion(Response.created(uri.getBaseUriBuilder().path("api/topics").path(created.slug()).build()), created);
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace a topic; the request carries the version it is based on (body or If-Match)")
    @APIResponse(responseCode = "200", description = "The topic as it is now", content = @Content(schema = @Schema(implementation = TopicDocument.class)))
    @APIResponse(responseCode = "404", description = "No such topic")
    @APIResponse(responseCode = "409", description = "Stale version: someone changed it since (problem+json with currentVersion)")
    @APIResponse(responseCode = "428", description = "No version given (problem+json)")
    public Response replace(@RestPath String slug, TopicDocument document,
            @Parameter(description = IF_MATCH_HELP) @RestHeader("If-Match") String ifMatch, SecurityContext security) {
        requireValid(document);
        Long basedOn = Versions.basedOn(ifMatch, document.version());
        if (basedOn == null && !Versions.isAnyVersion(ifMatch)) {
            throw new ProblemException(Problem.typed("version-required", "Version required", 428,
                    "Send the version the change is based on: the document's version field or If-Match with the ETag GET returned.",
                    List.of(new FieldError("version", "is required"))));
        }
        return withVersion(Response.ok(), editorial.replace(slug, document, basedOn, user(security), "updated"));
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Archive a topic: off the site, kept in the database with all its revisions")
    @APIResponse(responseCode = "200", description = "The topic, archived", content = @Content(schema = @Schema(implementation = TopicDocument.class)))
    @APIResponse(responseCode = "404", description = "No such topic")
    @APIResponse(responseCode = "409", description = "Based on a version that is no longer current")
    public Response archive(@RestPath String slug, @RequestBody(required = false) ChangeRequest change,
            @Parameter(description = IF_MATCH_HELP) @RestHeader("If-Match") String ifMatch,
            SecurityContext security) {
        return withVersion(Response.ok(),
                editorial.archive(slug, Versions.basedOn(ifMatch, ChangeRequest.versionOf(change)), user(security)));
    }

    @POST
    @Path("{slug}/publish")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Put the topic on the site")
    @APIResponse(responseCode = "200", description = "The topic, published", content = @Content(schema = @Schema(implementation = TopicDocument.class)))
    @APIResponse(responseCode = "404", description = "No such topic")
    @APIResponse(responseCode = "409", description = "Based on a version that is no longer current, or never reviewed where review comes first")
    public Response publish(@RestPath String slug, @RequestBody(required = false) ChangeRequest change,
            @Parameter(description = IF_MATCH_HELP) @RestHeader("If-Match") String ifMatch,
            SecurityContext security) {
        return withVersion(Response.ok(),
                editorial.publish(slug, Versions.basedOn(ifMatch, ChangeRequest.versionOf(change)), user(security)));
    }

    @POST
    @Path("{slug}/unpublish")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Take the topic off the site as a draft")
    @APIResponse(responseCode = "200", description = "The topic, a draft", content = @Content(schema = @Schema(implementation = TopicDocument.class)))
    @APIResponse(responseCode = "404", description = "No such topic")
    @APIResponse(responseCode = "409", description = "Based on a version that is no longer current")
    public Response unpublish(@RestPath String slug, @RequestBody(required = false) ChangeRequest change,
            @Parameter(description = IF_MATCH_HELP) @RestHeader("If-Match") String ifMatch,
            SecurityContext security) {
        return withVersion(Response.ok(),
                editorial.unpublish(slug, Versions.basedOn(ifMatch, ChangeRequest.versionOf(change)), user(security)));
    }

    @POST
    @Path("{slug}/review")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Record that a reviewer checked the content; the page and its structured data show it")
    @APIResponse(responseCode = "200", description = "The topic with its review", content = @Content(schema = @Schema(implementation = TopicDocument.class)))
    @APIResponse(responseCode = "400", description = "Invalid review (each field named)")
    @APIResponse(responseCode = "404", description = "No such topic")
    @APIResponse(responseCode = "409", description = "Based on a version that is no longer current, or no such reviewer")
    public Response review(@RestPath String slug, ReviewRequest review,
            @Parameter(description = IF_MATCH_HELP) @RestHeader("If-Match") String ifMatch, SecurityContext security) {
        if (review == null) {
            throw new ProblemException(Problem.invalid("body", "a review ({\"reviewerId\": 3}) is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ReviewRequest> violation : validator.validate(review)) {
            errors.add(new FieldError(TopicDocuments.path(violation), violation.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The review is not valid.", errors));
        }
        return withVersion(Response.ok(),
                editorial.review(slug, review, Versions.basedOn(ifMatch, review.version()), user(security)));
    }

    @GET
    @Path("{slug}/revisions")
    @Operation(summary = "Every change to the topic, oldest first: who, when, what (the documents are one GET each), a page at a time")
    @APIResponse(responseCode = "200", description = "A page of revisions; X-Total-Count is how many there are, Link "
            + "names the previous and next pages", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionSummary.class)))
    @APIResponse(responseCode = "400", description = "page or size is not a number in range (problem+json)")
    public Response revisions(@RestPath String slug, @Parameter(description = PAGE_HELP) @RestQuery String page,
            @Parameter(description = SIZE_HELP) @RestQuery String size, UriInfo uri) {
        ApiPage asked = ApiPage.of(page, size);
        return asked.response(editorial.revisions(slug, asked), uri);
    }

    @GET
    @Path("{slug}/revisions/{number}")
    @Operation(summary = "One revision with the full document as it was")
    @APIResponse(responseCode = "200", description = "The revision", content = @Content(schema = @Schema(implementation = RevisionDocument.class)))
    @APIResponse(responseCode = "404", description = "No such topic or revision")
    public RevisionDocument revision(@RestPath String slug, @RestPath int number) {
        return editorial.revision(slug, number);
    }

    @POST
    @Path("{slug}/revisions/{number}/restore")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Make a revision's content the current content, as a new revision")
    @APIResponse(responseCode = "200", description = "The topic as it is now", content = @Content(schema = @Schema(implementation = TopicDocument.class)))
    @APIResponse(responseCode = "404", description = "No such topic or revision")
    @APIResponse(responseCode = "409", description = "Based on a version that is no longer current")
    public Response restore(@RestPath String slug, @RestPath int number, @RequestBody(required = false) ChangeRequest change,
            @Parameter(description = IF_MATCH_HELP) @RestHeader("If-Match") String ifMatch, SecurityContext security) {
        return withVersion(Response.ok(), editorial.restore(slug, number,
                Versions.basedOn(ifMatch, ChangeRequest.versionOf(change)), user(security)));
    }

    @GET
    @Path("{slug}/analysis")
    @Operation(summary = "The SEO and readability checklist of the topic's page")
    @APIResponse(responseCode = "200", description = "Each check good, improve or problem, with what to do", content = @Content(schema = @Schema(implementation = Analysis.class)))
    @APIResponse(responseCode = "404", description = "No such topic")
    public Analysis analysis(@RestPath String slug) {
        return analysis.of(slug);
    }

    void requireValid(TopicDocument document) {
        if (document == null) {
            throw new ProblemException(Problem.invalid("body", "a topic document is required"));
        }
        List<FieldError> errors = TopicDocuments.check(validator, document);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The topic document is not valid: " + errors.size()
                    + (errors.size() == 1 ? " field needs" : " fields need") + " attention.", errors));
        }
    }

    static Response withVersion(Response.ResponseBuilder response, TopicDocument document) {
        return response.entity(document).header(HttpHeaders.ETAG, Versions.etag(document.version())).build();
    }

    private static String user(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
