package io.explainers.editorial;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.explainers.editorial.ApiRecords.ChangeRequest;
import io.explainers.web.FieldError;
import io.explainers.web.Language;
import io.explainers.web.Problem;
import io.explainers.web.ProblemException;

/**
 * A topic's editions in other languages, by the English topic's slug and the language: {@code /api/topics/{slug}/
 * editions/es}. An edition is a topic of its own, so everything else about it (review, revisions, restore, archive,
 * analysis) is at {@code /api/topics/{editionSlug}}; this is where one is found, created and changed.
 */
@Path("/api/topics/{slug}/editions/{language}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EDITOR, Roles.REVIEWER })
@Tag(name = "Editions")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "404", description = "No such topic, language or edition (problem+json)")
public class EditionsResource {

    private static final String IF_MATCH_HELP = "The ETag that GET returned, for example \"3\"; * for whatever version is current";

    private final Editorial editorial;
    private final TopicsResource topics;

    EditionsResource(Editorial editorial, TopicsResource topics) {
        this.editorial = editorial;
        this.topics = topics;
    }

    @GET
    @Operation(summary = "The edition's full document, with its version as ETag")
    @APIResponse(responseCode = "200", description = "The edition", content = @Content(schema = @Schema(implementation = TopicDocument.class)))
    public Response get(@RestPath String slug, @RestPath String language) {
        return TopicsResource.withVersion(Response.ok(), editorial.getEdition(slug, language(language)));
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create the edition as a draft (no version), or replace it (with the version it is based on)")
    @APIResponse(responseCode = "201", description = "Created; Location is the edition's address in the API", content = @Content(schema = @Schema(implementation = TopicDocument.class)))
    @APIResponse(responseCode = "200", description = "The edition as it is now", content = @Content(schema = @Schema(implementation = TopicDocument.class)))
    @APIResponse(responseCode = "400", description = "Invalid document (problem+json naming each field)")
    @APIResponse(responseCode = "409", description = "Stale version, or the slug is taken (problem+json)")
    @APIResponse(responseCode = "412", description = "A version was given, but there is no edition yet (problem+json)")
    @APIResponse(responseCode = "428", description = "The edition exists and no version was given (problem+json)")
    public Response put(@RestPath String slug, @RestPath String language, TopicDocument document,
            @Parameter(description = IF_MATCH_HELP) @RestHeader("If-Match") String ifMatch, UriInfo uri,
            SecurityContext security) {
        Language edition = language(language);
        topics.requireValid(document);
        var existing = editorial.editionSlug(slug, edition);
        if (existing.isEmpty()) {
            if (ifMatch != null || document.version() != null) {
                // RFC 9110: If-Match is false where there is nothing; creating anyway turned an update into a create.
                throw new ProblemException(Problem.typed("no-edition-to-change", "No edition to change",
                        Response.Status.PRECONDITION_FAILED, "The request names a version of the " + edition.code()
                                + " edition of " + slug + ", but there is no such edition; send it without If-Match "
                                + "and without a version to create it."));
            }
            TopicDocument created = editorial.createEdition(slug, edition, document, user(security),
                    "created the " + edition.code() + " edition of " + slug);
            return TopicsResource.withVersion(
                    Response.created(uri.getBaseUriBuilder().path("api/topics").path(slug).path("editions")
                            .path(edition.code()).build()),
                    created);
        }
        return topics.replace(existing.get(), document, ifMatch, security);
    }

    @POST
    @Path("publish")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Put the edition on the site")
    @APIResponse(responseCode = "200", description = "The edition, published", content = @Content(schema = @Schema(implementation = TopicDocument.class)))
    @APIResponse(responseCode = "409", description = "Based on a version that is no longer current")
    public Response publish(@RestPath String slug, @RestPath String language,
            @RequestBody(required = false) ChangeRequest change,
            @Parameter(description = IF_MATCH_HELP) @RestHeader("If-Match") String ifMatch, SecurityContext security) {
        return topics.publish(editionSlug(slug, language), change, ifMatch, security);
    }

    @POST
    @Path("unpublish")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Take the edition off the site as a draft")
    @APIResponse(responseCode = "200", description = "The edition, a draft", content = @Content(schema = @Schema(implementation = TopicDocument.class)))
    @APIResponse(responseCode = "409", description = "Based on a version that is no longer current")
    public Response unpublish(@RestPath String slug, @RestPath String language,
            @RequestBody(required = false) ChangeRequest change,
            @Parameter(description = IF_MATCH_HELP) @RestHeader("If-Match") String ifMatch, SecurityContext security) {
        return topics.unpublish(editionSlug(slug, language), change, ifMatch, security);
    }

    private String editionSlug(String slug, String language) {
        Language edition = language(language);
        return editorial.editionSlug(slug, edition).orElseThrow(() -> new ProblemException(Problem.typed(
                "edition-not-found", "No such edition", Response.Status.NOT_FOUND,
                "The topic " + slug + " has no edition in " + edition.code() + ".")));
    }

    /** A language the site publishes editions in, other than English (the topic itself). */
    static Language language(String code) {
        return Language.ofCode(code).filter(language -> language != Language.ENGLISH)
                .orElseThrow(() -> new ProblemException(Problem.typed("no-such-language", "No such edition language", 404,
                        "Editions are in " + List.of(Language.values()).stream().filter(l -> l != Language.ENGLISH)
                                .map(Language::code).toList() + "; " + code + " is not one of them.",
                        List.of(new FieldError("language", "must be one of the edition languages")))));
    }

    private static String user(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
