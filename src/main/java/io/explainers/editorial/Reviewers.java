package io.explainers.editorial;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import io.explainers.content.Reviewer;
import io.explainers.content.TopicChanges;
import io.explainers.web.Problem;
import io.explainers.web.ProblemException;
import io.quarkus.panache.common.Sort;

/**
 * The reviewer records, each write in one transaction. A change to what pages show of a reviewer is announced
 * ({@link TopicChanges#changed(Reviewer)}), so the pages of the topics they reviewed show it on the next request.
 */
@ApplicationScoped
public class Reviewers {

    private final TopicChanges changes;

    Reviewers(TopicChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public ApiPage.Items<ReviewerDocument> list(ApiPage page) {
        List<ReviewerDocument> reviewers = Reviewer.<Reviewer> findAll(Sort.by("name", "id")).page(page.index(), page.size())
                .stream().map(ReviewerDocument::of).toList();
        return new ApiPage.Items<>(reviewers, Reviewer.count());
    }

    @Transactional
    public ReviewerDocument get(long id) {
        return ReviewerDocument.of(find(id));
    }

    @Transactional
    public ReviewerDocument create(ReviewerDocument document) {
        Reviewer reviewer = new Reviewer();
        apply(document, reviewer);
        reviewer.persist();
        return ReviewerDocument.of(reviewer);
    }

    @Transactional
    public ReviewerDocument replace(long id, ReviewerDocument document, Long basedOn) {
        Reviewer reviewer = Reviewer.<Reviewer> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ProblemException(notFound(id)));
        if (basedOn != null && basedOn != reviewer.version) {
            throw new ProblemException(Problem.staleVersion("reviewer", reviewer.version, basedOn));
        }
        ReviewerDocument before = ReviewerDocument.of(reviewer);
        apply(document, reviewer);
        if (Objects.equals(before, ReviewerDocument.of(reviewer))) {
            return before;
        }
        changes.changed(reviewer);
        Reviewer.flush(); // the new version, for the answer and its ETag
        return ReviewerDocument.of(reviewer);
    }

    static Reviewer find(long id) {
        return Reviewer.<Reviewer> findByIdOptional(id).orElseThrow(() -> new ProblemException(notFound(id)));
    }

    static Problem notFound(long id) {
        return Problem.typed("reviewer-not-found", "No such reviewer", Response.Status.NOT_FOUND,
                "There is no reviewer " + id + ".");
    }

    private static void apply(ReviewerDocument document, Reviewer reviewer) {
        reviewer.name = document.name().strip();
        reviewer.credentials = blankToNull(document.credentials());
        reviewer.jobTitle = blankToNull(document.jobTitle());
        reviewer.url = blankToNull(document.url());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
