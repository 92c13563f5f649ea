package io.explainers.editorial;

import io.explainers.content.TopicStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's smaller bodies: list entries, revisions, the review request. */
@RegisterForReflection(targets = {ApiRecords.TopicListing.class, ApiRecords.RevisionSummary.class,
        ApiRecords.RevisionDocument.class, ApiRecords.ReviewRequest.class, FieldError.class, Problem.class})
public final class ApiRecords {

    private ApiRecords() {
    }

    /** A topic in the list of all topics, whatever its status. */
    @Schema(name = "TopicListing")
    public record TopicListing(String slug, String title, TopicStatus status, long version, Instant publishedAt, Instant modifiedAt,
            LocalDate lastReviewedOn) {
    }

    @Schema(name = "RevisionSummary")
    public record RevisionSummary(int number, String author, Instant createdAt, String action) {
    }

    @Schema(name = "Revision")
    public record RevisionDocument(int number, String author, Instant createdAt, String action, TopicDocument document) {
    }

    /** That a reviewer checked the content: who (as the page should name them) and when (today if left out). */
    @Schema(name = "Review")
    public record ReviewRequest(
            @Schema(example = "Dr Jane Smith, pediatric occupational therapist")
            @NotBlank @Size(max = 120) @PlainText String reviewedBy,
            @PastOrPresent LocalDate reviewedOn,
            @Schema(description = "The version the review is based on (or If-Match); optional") Long version) {
    }
}
