package io.explainers.editorial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.explainers.editorial.ApiRecords.ImportBatch;
import io.explainers.editorial.ApiRecords.ImportReport;
import io.explainers.editorial.ApiRecords.ImportedFile;
import io.explainers.editorial.ArticleImports.Imported;
import io.explainers.editorial.ArticleImports.Options;
import io.explainers.web.FieldError;
import io.explainers.web.Problem;
import io.explainers.web.ProblemException;

/**
 * Trend articles in, draft topics out: the plain-text article format (see the README's "Article format") is the way
 * new explainers arrive. One article as the body, or a folder of them as a multipart form with one file part each.
 */
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@Tag(name = "Imports")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "415", description = "Neither text/plain (UTF-8) nor multipart/form-data (problem+json)")
public class ImportsResource {

    private static final String TEXT_UTF8 = MediaType.TEXT_PLAIN + ";charset=utf-8";
    /**
     * Articles a folder request may carry. Each is read, checked against the database and stored in turn, and 1 MB
     * holds thousands of empty files.
     */
    static final int MAX_FILES = 200;

    private final ArticleImports imports;

    ImportsResource(ArticleImports imports) {
        this.imports = imports;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Import one article as a draft topic (or, with If-Match, as a new revision of the topic it names)")
    @APIResponse(responseCode = "201", description = "Created: the report, with the document, warnings and analysis", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "200", description = "A dry run, or a re-import onto an existing topic: the report", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "The article cannot be read or makes an invalid topic (problem+json with lines)")
    @APIResponse(responseCode = "409", description = "A topic has the article's slug, or the version is stale (problem+json)")
    public Response importArticle(byte[] article, @RestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "Check and report without storing anything") @RestQuery String dryRun,
            @Parameter(description = "schema.org type of the subject, such as OccupationalTherapy") @RestQuery String aboutType,
            @Parameter(description = "The subject's name, such as Occupational therapy") @RestQuery String aboutName,
            @Parameter(description = "Youngest age of the children, 0-18") @RestQuery String childMinAge,
            @Parameter(description = "Oldest age of the children, 0-18") @RestQuery String childMaxAge,
            @Parameter(description = "The slug of the English topic a Spanish article translates: the article becomes its Spanish edition") @RestQuery String translationOf,
            @Parameter(description = "To re-import onto an existing topic: its ETag, or * for whatever version it has") @RestHeader("If-Match") String ifMatch,
            UriInfo uri, SecurityContext security) {
        requireUtf8(contentType, "body");
        Options options = options(dryRun(dryRun, uri), aboutType, aboutName, childMinAge, childMaxAge, translationOf);
        Imported imported = imports.take(article, options, Versions.basedOn(ifMatch, null), Versions.isAnyVersion(ifMatch),
                user(security));
        Response.ResponseBuilder response = imported.created()
                ? Response.created(location(uri, imported.report().slug()))
                : Response.ok();
        if (imported.report().document().version() != null) {
            response.header(HttpHeaders.ETAG, Versions.etag(imported.report().document().version()));
        }
        return response.entity(imported.report()).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a folder of articles: one file part per article, each reported on its own")
    @APIResponse(responseCode = "200", description = "Every file's report or problem; one bad article never blocks the others", content = @Content(schema = @Schema(implementation = ImportBatch.class)))
    public Response importFolder(@RestForm(FileUpload.ALL) List<FileUpload> files,
            @RestQuery String dryRun, @RestQuery String aboutType, @RestQuery String aboutName, @RestQuery String childMinAge,
            @RestQuery String childMaxAge, @Parameter(hidden = true) @RestQuery String translationOf,
            @RestHeader("If-Match") String ifMatch,
            UriInfo uri, SecurityContext security) {
        if (ifMatch != null) {
            throw new ProblemException(
                    Problem.invalid("If-Match", "applies to one article: re-import a topic on its own, as text/plain"));
        }
        if (translationOf != null) {
            // Declared so that it is refused: left undeclared, it was ignored and the translation became an English topic.
            throw new ProblemException(Problem.invalid("translationOf",
                    "applies to one article: import a Spanish edition on its own, as text/plain"));
        }
        if (files == null || files.isEmpty()) {
            throw new ProblemException(Problem.invalid("body", "has no file parts: send each article as a file, for example "
                    + "curl -F article=@what-is-speech-therapy-for-kids.txt"));
        }
        if (files.size() > MAX_FILES) {
            throw new ProblemException(Problem.invalid("body", "has " + files.size() + " files, and a request takes at most "
                    + MAX_FILES + ": send the rest in another"));
        }
        Options options = options(dryRun(dryRun, uri), aboutType, aboutName, childMinAge, childMaxAge, null);
        List<ImportedFile> results = new ArrayList<>();
        for (FileUpload file : files) {
            results.add(importFile(file, options, uri, user(security)));
        }
        int failed = (int) results.stream().filter(result -> result.problem() != null).count();
        return Response.ok(new ImportBatch(results.size() - failed, failed, results)).build();
    }

    private ImportedFile importFile(FileUpload file, Options options, UriInfo uri, String author) {
        try {
            requireText(file.contentType());
            requireUtf8(file.contentType(), "the part's Content-Type");
            Imported imported = imports.take(Files.readAllBytes(file.uploadedFile()), options, null, false, author);
            String location = imported.created() ? location(uri, imported.report().slug()).toString() : null;
            return new ImportedFile(file.fileName(), imported.created() ? 201 : 200, location, imported.report(), null);
        } catch (ProblemException e) {
            return new ImportedFile(file.fileName(), e.problem().status(), null, null, e.problem().at(uri.getPath()));
        } catch (IOException e) {
            throw new UncheckedIOException("An uploaded part is a file the server itself just wrote", e);
        }
    }

    /**
     * Quarkus REST reads a multipart body before the method runs and gives up with an IOException when the body ends
     * before its closing boundary, or the boundary is empty. Unmapped, that is a 500; it is the client's body that is
     * wrong. A client that hung up mid-upload gets this answer too, which goes nowhere.
     */
    @ServerExceptionMapper
    Response unfinishedForm(IOException e, UriInfo uri) {
        return incompleteForm().at(uri.getPath()).toResponse();
    }

    static Problem incompleteForm() {
        return Problem.invalid("body", "is not a complete multipart/form-data body: it must end with its closing "
                + "boundary, the boundary that the Content-Type names (which must not be empty)");
    }

    /**
     * A part of a folder is an article when it says it is text, or says nothing more than "some file"
     * (application/octet-stream, what clients send for a name they do not know); a picture or a PDF sent along is 415,
     * not read as an article that then makes no sense.
     */
    private static void requireText(String contentType) {
        MediaType type = mediaType(contentType);
        if (type != null && !type.getType().equalsIgnoreCase("text")
                && !type.isCompatible(MediaType.APPLICATION_OCTET_STREAM_TYPE)) {
            throw new ProblemException(Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "Articles are plain text, but this part is " + type.getType() + "/" + type.getSubtype() + "; send "
                            + TEXT_UTF8 + " files."));
        }
    }

    /** Articles are UTF-8; a body that says it is in another character set is refused rather than misread. */
    private static void requireUtf8(String contentType, String where) {
        MediaType type = mediaType(contentType);
        String charset = type == null ? null : type.getParameters().get("charset");
        if (charset != null && !charset.replace("\"", "").toLowerCase(Locale.ROOT).matches("utf-?8")) {
            throw new ProblemException(Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "Articles are UTF-8 text, but " + where + " says charset=" + charset + "; send " + TEXT_UTF8 + "."));
        }
    }

    /**
     * The media type a Content-Type names, or null when there is none or it cannot be read: the HTTP layer has accepted
     * it, and the body is then read as UTF-8 text.
     */
    private static MediaType mediaType(String contentType) {
        try {
            return contentType == null ? null : MediaType.valueOf(contentType);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /**
     * {@code ?dryRun} and {@code ?dryRun=} reach the method as null, like no parameter at all, and the article was
     * stored: a flag that is there without a value asks for the dry run.
     */
    private static String dryRun(String dryRun, UriInfo uri) {
        return dryRun == null && uri.getQueryParameters().containsKey("dryRun") ? "" : dryRun;
    }

    private static Options options(String dryRun, String aboutType, String aboutName, String childMinAge, String childMaxAge,
            String translationOf) {
        List<FieldError> errors = new ArrayList<>();
        Boolean dry = dryRun == null ? Boolean.FALSE : switch (dryRun.toLowerCase(Locale.ROOT)) {
            case "true", "" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
        if (dry == null) {
            errors.add(new FieldError("dryRun", "must be true or false"));
        }
        Integer min = age(childMinAge, "childMinAge", errors);
        Integer max = age(childMaxAge, "childMaxAge", errors);
        if (translationOf != null && !io.explainers.content.Slugs.isSlug(translationOf)) {
            errors.add(new FieldError("translationOf", "must be the slug of an English topic"));
        }
        if (translationOf != null && (aboutType != null || aboutName != null || min != null || max != null)) {
            errors.add(new FieldError("translationOf", "an edition's subject and ages are its English topic's; "
                    + "leave aboutType, aboutName, childMinAge and childMaxAge out"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The import's parameters are not valid.", errors));
        }
        return new Options(blankToNull(aboutType), blankToNull(aboutName), min, max, dry, blankToNull(translationOf));
    }

    private static Integer age(String value, String name, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,2}")) {
            errors.add(new FieldError(name, "must be a whole number of years from 0 to 18"));
            return null;
        }
        return Integer.valueOf(value.strip()); // the document's own validation checks the range
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static URI location(UriInfo uri, String slug) {
        return uri.getBaseUriBuilder().path("api/topics").path(slug).build();
    }

    private static String user(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
