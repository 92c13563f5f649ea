package io.explainers.editorial;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.explainers.content.Reviewer;

/**
 * A reviewer as the API reads and writes them; pages say "Medically reviewed by {name}, {credentials}, {jobTitle}" and
 * link the name to {@code url}. The {@code id} is the server's: a review names the reviewer by it.
 */
@Schema(name = "Reviewer")
public record ReviewerDocument(
        @Schema(readOnly = true, example = "3") Long id,
        @Schema(example = "Dr Jane Smith") @NotBlank @Size(max = 120) @PlainText String name,
        @Schema(description = "As written after the name", example = "OTR/L") @Size(max = 80) @PlainText String credentials,
        @Schema(example = "Pediatric occupational therapist") @Size(max = 120) @PlainText String jobTitle,
        @Schema(description = "An https profile page the name links to") @Size(max = 500) @Pattern(regexp = TopicDocument.HTTPS_URL, message = TopicDocument.HTTPS_URL_MESSAGE) String url,
        @Schema(description = "The record's version, also its ETag; a PUT that sends it back (or If-Match) is refused if the record changed since, and one without it changes whatever is current. In a topic, the version of the record it names.") Long version) {

    static ReviewerDocument of(Reviewer reviewer) {
        return reviewer == null ? null
                : new ReviewerDocument(reviewer.id, reviewer.name, reviewer.credentials, reviewer.jobTitle, reviewer.url,
                        reviewer.version);
    }
}
