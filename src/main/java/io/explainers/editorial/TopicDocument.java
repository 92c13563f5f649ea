package io.explainers.editorial;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.explainers.content.SectionItem;
import io.explainers.content.Slugs;
import io.explainers.content.TopicStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A topic as the editorial API reads and writes it: every field, its sections and FAQ, its dates, status and version.
 * What GET returns is what POST and PUT accept, so an editor can GET, change a field and PUT it back. The status, the
 * dates, the review and the version are the server's to set: they may be sent back unchanged and are ignored, except
 * {@code version}, which a PUT uses to detect edits made in between. An edition in another language is a topic of its
 * own with the same document; its audience and subject are its English topic's, and what it sends for them is ignored.
 */
@Schema(name = "Topic")
@RegisterForReflection(targets = { TopicDocument.SectionDocument.class, TopicDocument.ItemDocument.class,
        TopicDocument.FaqDocument.class, TopicDocument.AudienceDocument.class, TopicDocument.AboutDocument.class,
        TopicDocument.SourceDocument.class, ReviewerDocument.class })
public record TopicDocument(
        @Schema(description = "The address: /topics/{slug}", example = "what-is-occupational-therapy-for-kids") @NotBlank @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase words of letters and digits joined by single hyphens") String slug,
        @NotBlank @Size(max = 70) @PlainText String title,
        @Schema(description = "The phrase parents search for; the analysis checks the page against it") @NotBlank @Size(max = 120) @PlainText String focusPhrase,
        @NotBlank @Size(min = 50, max = 160) @PlainText String metaDescription,
        @Schema(description = "Paragraphs separated by a blank line") @NotBlank @Size(max = 4000) @PlainText(lines = true) String intro,
        @Size(max = 1000) @PlainText String inSimpleTerms,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid SectionDocument> sections,
        @NotBlank @Size(max = 120) @PlainText String faqHeading,
        @NotNull @Size(max = 30) List<@NotNull @Valid FaqDocument> faq,
        @NotNull @Valid AudienceDocument audience,
        @NotNull @Valid AboutDocument about,
        @Schema(description = "The sources the topic rests on, in the order the page lists them (at most 30); none when left out") @Size(max = 30) List<@NotNull @Valid SourceDocument> sources,
        @Schema(description = "Where the article came from, such as \"US Trends\"; for editors, never shown on the page") @Size(max = 120) @PlainText String source,
        @Schema(readOnly = true) TopicStatus status,
        @Schema(readOnly = true) Instant publishedAt,
        @Schema(readOnly = true) Instant modifiedAt,
        @Schema(readOnly = true) LocalDate lastReviewedOn,
        @Schema(readOnly = true, description = "Who signed the last review off") ReviewerDocument reviewer,
        @Schema(readOnly = true, description = "What the last review covered, if the reviewer said") String reviewNote,
        @Schema(description = "Who translated this edition: a person's name, or empty for the editorial team; only for editions other than English") @Size(max = 120) @PlainText String translator,
        @Schema(readOnly = true, description = "The edition's language: en, or es for a Spanish edition") String language,
        @Schema(readOnly = true, description = "The slug of the English topic an edition translates; null for English topics") String translationOf,
        @Schema(description = "The version this document is based on; a PUT must carry it (or If-Match)") Long version) {

    /** An absolute https address: sources and reviewers' profiles are linked from the page. */
    public static final String HTTPS_URL = "https://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][^\\s<>\"\\\\{}|^`]*)?";
    static final String HTTPS_URL_MESSAGE = "must be an https:// address";

    /** A publication the topic rests on: "Title", Publisher, its address and when it was read (today if left out). */
    @Schema(name = "Source")
    public record SourceDocument(
            @Schema(example = "Occupational therapy for children") @NotBlank @Size(max = 300) @PlainText String title,
            @Schema(example = "American Occupational Therapy Association") @NotBlank @Size(max = 120) @PlainText String publisher,
            @NotBlank @Size(max = 500) @Pattern(regexp = HTTPS_URL, message = HTTPS_URL_MESSAGE) String url,
            @Schema(description = "When it was read; today if left out") @PastOrPresent @RecentDate LocalDate accessed) {
    }

    /** An {@code h2} and its paragraphs and bullets. */
    @Schema(name = "Section")
    public record SectionDocument(
            @NotBlank @Size(max = 200) @PlainText String heading,
            @NotNull @Size(min = 1, max = 40) List<@NotNull @Valid ItemDocument> items) {
    }

    /** A paragraph, a bullet or a numbered step; bullets and steps may start with a bold label such as "At home:". */
    @Schema(name = "Item")
    public record ItemDocument(
            @NotNull SectionItem.Kind kind,
            @Schema(description = "Only for bullets and steps") @Size(max = 80) @PlainText String label,
            @NotBlank @Size(max = 4000) @PlainText String text,
            @Schema(description = "Only for steps: the number the step is shown with, as its article wrote it; a step "
                    + "without one comes after the step before it") @Min(1) @Max(999) Integer number) {
    }

    @Schema(name = "FaqEntry")
    public record FaqDocument(
            @NotBlank @Size(max = 300) @PlainText String question,
            @NotBlank @Size(max = 4000) @PlainText String answer) {
    }

    /** The ages of the children the parents reading it care for (schema.org ParentAudience). */
    @Schema(name = "Audience")
    public record AudienceDocument(
            @NotNull @Min(0) @Max(18) Integer childMinAge,
            @NotNull @Min(0) @Max(18) Integer childMaxAge) {
    }

    /** What the topic is about, as a schema.org thing, for example OccupationalTherapy "Occupational therapy". */
    @Schema(name = "About")
    public record AboutDocument(
            @Schema(example = "OccupationalTherapy") @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Z][A-Za-z]*", message = "must be a schema.org type name such as MedicalTherapy") String type,
            @NotBlank @Size(max = 120) @PlainText String name,
            @Size(max = 120) @PlainText String alternateName) {
    }
}
