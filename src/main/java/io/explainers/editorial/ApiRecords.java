package io.explainers.editorial;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.explainers.content.TopicStatus;
import io.explainers.intake.Finding;
import io.explainers.seo.Analysis;
import io.explainers.web.FieldError;
import io.explainers.web.Problem;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The API's smaller bodies: list entries, revisions, the review request, import reports. */
@RegisterForReflection(targets = { ApiRecords.TopicListing.class, ApiRecords.RevisionSummary.class,
        ApiRecords.RevisionDocument.class, ApiRecords.ReviewRequest.class, ApiRecords.ChangeRequest.class,
        ApiRecords.ImportReport.class,
        ApiRecords.ImportedFile.class, ApiRecords.ImportBatch.class, Finding.class, FieldError.class, Problem.class })
public final class ApiRecords {

    private ApiRecords() {
    }

    /** A topic in the list of all topics, whatever its status. */
    @Schema(name = "TopicListing")
    public record TopicListing(String slug, String title, TopicStatus status, long version, Instant publishedAt,
            Instant modifiedAt,
            LocalDate lastReviewedOn,
            @Schema(description = "When the next medical review is due; a published topic never reviewed is due since it was published") LocalDate nextReviewDue) {
    }

    @Schema(name = "RevisionSummary")
    public record RevisionSummary(int number, String author, Instant createdAt, String action) {
    }

    @Schema(name = "Revision")
    public record RevisionDocument(int number, String author, Instant createdAt, String action, TopicDocument document) {
    }

    /** That a reviewer checked the content: who (a reviewer record), when (today if left out) and what it covered. */
    @Schema(name = "Review")
    public record ReviewRequest(
            @Schema(description = "The reviewer record (GET /api/reviewers)", example = "3") @NotNull Long reviewerId,
            @PastOrPresent @RecentDate LocalDate reviewedOn,
            @Schema(description = "What the review covered, for editors; optional") @Size(max = 300) @PlainText(lines = true) String note,
            @Schema(description = "The version the review is based on (or If-Match); optional") Long version) {
    }

    /**
     * The body a change without content may carry (publish, unpublish, archive, restore): the version it is based on,
     * as a PUT's document carries it. Either this or If-Match; with neither, the change applies to the current version.
     */
    @Schema(name = "Change")
    public record ChangeRequest(
            @Schema(description = "The version the change is based on (or If-Match); optional") Long version) {

        static Long versionOf(ChangeRequest change) {
            return change == null ? null : change.version();
        }
    }

    /**
     * What importing one article did, or would do on a dry run: the topic document it made, what was filled in or left
     * out (each warning with its line in the article) and the SEO and readability checklist of the page.
     */
    @Schema(name = "ImportReport")
    public record ImportReport(String slug, TopicStatus status, boolean dryRun, TopicDocument document, List<Finding> warnings,
            Analysis analysis) {
    }

    /** One file of a multipart import: its report (status 201, or 200 on a dry run) or its problem. */
    @Schema(name = "ImportedFile")
    public record ImportedFile(String file, int status, String location, ImportReport report, Problem problem) {
    }

    /** A multipart import: every file reported on its own; one bad article never blocks the others. */
    @Schema(name = "ImportBatch")
    public record ImportBatch(int succeeded, int failed, List<ImportedFile> articles) {
    }
}
