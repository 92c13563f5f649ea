package io.explainers.editorial;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.explainers.content.FormerSlug;
import io.explainers.content.ReviewCycle;
import io.explainers.content.Reviewer;
import io.explainers.content.Topic;
import io.explainers.content.TopicChanges;
import io.explainers.content.TopicStatus;
import io.explainers.editorial.ApiRecords.ReviewRequest;
import io.explainers.editorial.ApiRecords.RevisionDocument;
import io.explainers.editorial.ApiRecords.RevisionSummary;
import io.explainers.editorial.ApiRecords.TopicListing;
import io.explainers.web.ExplainersConfig;
import io.explainers.web.FieldError;
import io.explainers.web.Language;
import io.explainers.web.Problem;
import io.explainers.web.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

/**
 * Every editorial change, each in one transaction that also records it: {@link TopicChanges#changed} (so the site
 * shows it once committed) and a new {@link Revision} holding the whole document. A change that fails writes nothing.
 *
 * <p>
 * Changes to one topic are serialised by a row lock taken when the topic is read, so the version an editor's
 * request is based on is compared with the version no one else can change until this transaction ends: of ten PUTs
 * based on one version, one wins and nine get 409, and no update is lost. The entity's {@code @Version} stays as a
 * second guard for any write that does not take the lock.
 */
@ApplicationScoped
public class Editorial {

    private final TopicChanges changes;
    private final ReviewCycle reviews;
    private final boolean reviewBeforePublishing;
    private final ObjectMapper json;
    // Revisions written by an older version of the application may have fields this one no longer knows.
    private final ObjectReader revisionReader;

    Editorial(TopicChanges changes, ReviewCycle reviews, ExplainersConfig config, ObjectMapper json) {
        this.changes = changes;
        this.reviews = reviews;
        this.reviewBeforePublishing = config.review().requireBeforePublish();
        this.json = json;
        this.revisionReader = json.readerFor(TopicDocument.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** A page of every topic, drafts and archived ones included, by slug. */
    @Transactional
    public ApiPage.Items<TopicListing> list(ApiPage page) {
        List<TopicListing> topics = Topic.<Topic> findAll(Sort.by("slug")).page(page.index(), page.size()).stream()
                .map(this::listing)
                .toList();
        return new ApiPage.Items<>(topics, Topic.count());
    }

    /** A page of the published topics due for review on or before {@code by}, by slug. */
    @Transactional
    public ApiPage.Items<TopicListing> dueForReview(LocalDate by, ApiPage page) {
        List<TopicListing> topics = reviews.dueBy(by, page.index(), page.size()).stream().map(this::listing).toList();
        return new ApiPage.Items<>(topics, reviews.countDueBy(by));
    }

    private TopicListing listing(Topic t) {
        return new TopicListing(t.slug, t.title, t.status, t.version, t.publishedAt, t.modifiedAt,
                t.reviewer != null ? t.lastReviewedOn : null, reviews.nextDue(t));
    }

    @Transactional
    public TopicDocument get(String slug) {
        return TopicDocuments.of(find(slug));
    }

    /** The topic itself, for the analysis; call inside a transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Topic find(String slug) {
        return Topic.findBySlug(slug).orElseThrow(() -> new ProblemException(Problem.topicNotFound(slug)));
    }

    /** The topic's current version, if there is a topic with this slug. */
    @Transactional
    public Optional<Long> versionOf(String slug) {
        return Topic.findBySlug(slug).map(topic -> topic.version);
    }

    /** Refuses, as {@link #create} would, a slug that is or was another topic's address. */
    @Transactional
    public void checkNewSlug(String slug) {
        claimSlug(new Topic(), slug);
    }

    /** A new draft; {@code action} is what its first revision says, such as "created" or "imported from US Trends". */
    @Transactional
    public TopicDocument create(TopicDocument document, String author, String action) {
        Topic topic = new Topic();
        claimSlug(topic, document.slug());
        TopicDocuments.apply(document, topic);
        topic.status = TopicStatus.DRAFT;
        changes.changed(topic);
        topic.persist();
        return keep(topic, action, author);
    }

    /**
     * Replaces the content of the topic {@code slug} with {@code document}, as a new revision. A document that changes
     * nothing rolls the transaction back and returns the topic as it is, so this must be a transaction of its own: every
     * caller (the API's PUT, an import, each file of a folder import) calls it outside any other.
     */
    @Transactional
    public TopicDocument replace(String slug, TopicDocument document, Long basedOn, String author, String action) {
        Topic topic = lockForChange(slug, basedOn);
        TopicDocument before = TopicDocuments.of(topic);
        String formerSlug = topic.slug;
        boolean renamed = !formerSlug.equals(document.slug());
        if (renamed) {
            claimSlug(topic, document.slug());
        }
        TopicDocuments.apply(document, topic);
        if (TopicDocuments.of(topic).equals(before)) {
            // Saved as it was: no revision, no new version or date, nothing for the pages, the sitemap or search
            // engines to hear about. The topic's fields were written all the same (with the same values), so none of
            // it is kept.
            QuarkusTransaction.setRollbackOnly();
            return before;
        }
        TopicDocument changed;
        if (renamed) {
            keepFormerSlug(topic, formerSlug);
            changed = record(topic, action, author, formerSlug);
        } else {
            changed = record(topic, action, author);
        }
        // After the topic's own revision is written: a query before it would flush the topic twice (two versions).
        syncEditions(topic, author);
        return changed;
    }

    /**
     * The edition of the English topic {@code slug} in {@code language}: its document, or a 404 problem when the topic
     * has no such edition.
     */
    @Transactional
    public TopicDocument getEdition(String slug, Language language) {
        return TopicDocuments.of(edition(original(slug), language));
    }

    /** The slug of the English topic {@code slug}'s edition in {@code language}, if it has one. */
    @Transactional
    public Optional<String> editionSlug(String slug, Language language) {
        return original(slug).edition(language).map(edition -> edition.slug);
    }

    /** A new draft edition of the English topic {@code slug} in {@code language}. */
    @Transactional
    public TopicDocument createEdition(String slug, Language language, TopicDocument document, String author,
            String action) {
        Topic original = lockForChange(slug, null);
        if (original.translationOf != null) {
            throw new ProblemException(notAnOriginal(slug));
        }
        if (original.edition(language).isPresent()) {
            throw new ProblemException(Problem.typed("edition-exists", "The edition exists", 409,
                    "The topic " + slug + " already has an edition in " + language.code() + "; change it with its version.",
                    List.of(new FieldError("version", "is required to change an existing edition"))));
        }
        Topic edition = new Topic();
        claimSlug(edition, document.slug());
        edition.language = language.code();
        edition.translationOf = original;
        TopicDocuments.apply(document, edition);
        edition.status = TopicStatus.DRAFT;
        changes.changed(edition);
        edition.persist();
        return keep(edition, action, author);
    }

    private Topic original(String slug) {
        Topic topic = find(slug);
        if (topic.translationOf != null) {
            throw new ProblemException(notAnOriginal(slug));
        }
        return topic;
    }

    private static Topic edition(Topic original, Language language) {
        return original.edition(language).orElseThrow(() -> new ProblemException(Problem.typed("edition-not-found",
                "No such edition", Response.Status.NOT_FOUND,
                "The topic " + original.slug + " has no edition in " + language.code() + ".")));
    }

    private static Problem notAnOriginal(String slug) {
        return Problem.typed("not-an-original", "Not an English topic", Response.Status.NOT_FOUND,
                slug + " is an edition itself; editions belong to the English topic they translate.");
    }

    /**
     * When an English topic's subject (audience, about) changes, its editions' copies follow, and each edition counts
     * as changed: its page shows the subject too (in its structured data).
     */
    private void syncEditions(Topic topic, String author) {
        if (topic.translationOf != null || topic.id == null) {
            return;
        }
        for (Topic edition : Topic.<Topic> list("translationOf", topic)) {
            boolean same = edition.audienceMinAge == topic.audienceMinAge && edition.audienceMaxAge == topic.audienceMaxAge
                    && edition.aboutType.equals(topic.aboutType) && edition.aboutName.equals(topic.aboutName)
                    && java.util.Objects.equals(edition.aboutAlternateName, topic.aboutAlternateName);
            if (!same) {
                TopicDocuments.copySubject(topic, edition);
                record(edition, "subject changed with " + topic.slug, author);
            }
        }
    }

    @Transactional
    public TopicDocument publish(String slug, Long basedOn, String author) {
        Topic topic = lockForChange(slug, basedOn);
        if (topic.status == TopicStatus.PUBLISHED) {
            return TopicDocuments.of(topic);
        }
        if (reviewBeforePublishing && (topic.reviewer == null || topic.lastReviewedOn == null)) {
            throw new ProblemException(Problem.typed("review-required", "A medical review comes first", 409,
                    "This site publishes reviewed explainers only (explainers.review.require-before-publish), and "
                            + slug + " has never been reviewed: a reviewer records a review (POST /api/topics/" + slug
                            + "/review) before it can be published.",
                    List.of(new FieldError("reviewer", "is required before publishing"))));
        }
        topic.status = TopicStatus.PUBLISHED;
        if (topic.publishedAt == null) {
            // Whole seconds, like modifiedAt: the page and its structured data show no more. First published is also
            // when the page was last updated; published again later, it keeps both dates.
            topic.publishedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            topic.modifiedAt = topic.publishedAt;
        }
        return recordStatus(topic, "published", author);
    }

    @Transactional
    public TopicDocument unpublish(String slug, Long basedOn, String author) {
        return moveTo(TopicStatus.DRAFT, "unpublished", slug, basedOn, author);
    }

    /** Takes the topic off the site and out of every list; the rows and all revisions stay. */
    @Transactional
    public TopicDocument archive(String slug, Long basedOn, String author) {
        return moveTo(TopicStatus.ARCHIVED, "archived", slug, basedOn, author);
    }

    /** A change of status alone; asking for the status a topic already has changes nothing and writes no revision. */
    private TopicDocument moveTo(TopicStatus status, String action, String slug, Long basedOn, String author) {
        Topic topic = lockForChange(slug, basedOn);
        if (topic.status == status) {
            return TopicDocuments.of(topic);
        }
        topic.status = status;
        return recordStatus(topic, action, author);
    }

    @Transactional
    public TopicDocument review(String slug, ReviewRequest review, Long basedOn, String author) {
        Topic topic = lockForChange(slug, basedOn);
        Reviewer reviewer = Reviewer.<Reviewer> findByIdOptional(review.reviewerId()).orElseThrow(
                () -> new ProblemException(Problem.invalid("reviewerId", "is no reviewer's id (see /api/reviewers)")));
        topic.reviewer = reviewer;
        topic.lastReviewedOn = review.reviewedOn() != null ? review.reviewedOn() : ReviewCycle.today();
        topic.reviewNote = review.note() == null || review.note().isBlank() ? null : review.note().strip();
        return record(topic, "reviewed", author);
    }

    /**
     * Makes revision {@code number}'s content the current content, sources included, as a new revision. The status and
     * dates stay as they are now: restoring old text does not republish it. A revision that records a review brings
     * that review back with its content (the reviewer's record as it is now); one that records none, written before
     * the topic was ever reviewed or by an older version of the application, leaves the current review. Restoring what
     * is already current is no change, as a PUT of the same document is not (so this too is a transaction of its own).
     */
    @Transactional
    public TopicDocument restore(String slug, int number, Long basedOn, String author) {
        Topic topic = lockForChange(slug, basedOn);
        TopicDocument before = TopicDocuments.of(topic);
        TopicDocument document = read(revision(topic, number));
        if (document.sections() == null || document.sections().isEmpty()) {
            // Stored before a topic needed sections, when the API still took "sections": []: what a PUT now refuses.
            throw new ProblemException(Problem.invalid("sections",
                    "revision " + number + " has none, and a topic needs at least one: restore another revision"));
        }
        String formerSlug = topic.slug;
        boolean renamed = !formerSlug.equals(document.slug());
        if (renamed) {
            claimSlug(topic, document.slug());
        }
        TopicDocuments.apply(document, topic);
        if (document.reviewer() != null && document.reviewer().id() != null && document.lastReviewedOn() != null) {
            Reviewer.<Reviewer> findByIdOptional(document.reviewer().id()).ifPresent(reviewer -> {
                topic.reviewer = reviewer;
                topic.lastReviewedOn = document.lastReviewedOn();
                topic.reviewNote = document.reviewNote();
            });
        }
        if (TopicDocuments.of(topic).equals(before)) {
            QuarkusTransaction.setRollbackOnly();
            return before;
        }
        String action = "restored revision " + number;
        TopicDocument restored;
        if (renamed) {
            keepFormerSlug(topic, formerSlug);
            restored = record(topic, action, author, formerSlug);
        } else {
            restored = record(topic, action, author);
        }
        syncEditions(topic, author);
        return restored;
    }

    /** A page of the topic's revisions, oldest first, without their documents. */
    @Transactional
    public ApiPage.Items<RevisionSummary> revisions(String slug, ApiPage page) {
        Topic topic = find(slug);
        List<RevisionSummary> revisions = Revision.of(topic, page.index(), page.size()).stream()
                .map(r -> new RevisionSummary(r.number, r.author, r.createdAt, r.action))
                .toList();
        return new ApiPage.Items<>(revisions, Revision.count("topic", topic));
    }

    @Transactional
    public RevisionDocument revision(String slug, int number) {
        Revision revision = revision(find(slug), number);
        return new RevisionDocument(revision.number, revision.author, revision.createdAt, revision.action, read(revision));
    }

    private static Revision revision(Topic topic, int number) {
        return Revision.of(topic, number).orElseThrow(() -> new ProblemException(Problem.typed("revision-not-found",
                "No such revision", Response.Status.NOT_FOUND,
                "The topic " + topic.slug + " has no revision " + number + ".")));
    }

    /** Reads the topic for a change, locking its row until the transaction ends, and checks the version. */
    private Topic lockForChange(String slug, Long basedOn) {
        Topic topic = Topic.<Topic> find("slug", slug)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> new ProblemException(Problem.topicNotFound(slug)));
        if (basedOn != null && basedOn != topic.version) {
            throw new ProblemException(Problem.staleVersion(topic.version, basedOn));
        }
        return topic;
    }

    /**
     * A slug belongs to one topic, now or in the past: another topic's current or former address stays that topic's,
     * so links to it keep working. A topic may take back one of its own former addresses.
     */
    private void claimSlug(Topic topic, String slug) {
        Optional<Topic> holder = Topic.findBySlug(slug);
        if (holder.isPresent() && holder.get() != topic) {
            throw new ProblemException(slugTaken(slug, "is the address of another topic"));
        }
        Optional<FormerSlug> former = FormerSlug.findBySlug(slug);
        if (former.isPresent()) {
            if (topic.id == null || !former.get().topic.id.equals(topic.id)) {
                throw new ProblemException(
                        slugTaken(slug, "was the address of another topic; old links to it must keep working"));
            }
            former.get().delete();
        }
    }

    static Problem slugTaken(String slug, String why) {
        return Problem.typed("slug-taken", "The slug is taken", 409, slug + " " + why + ".",
                List.of(new FieldError("slug", why)));
    }

    private static void keepFormerSlug(Topic topic, String slug) {
        FormerSlug former = new FormerSlug();
        former.slug = slug;
        former.topic = topic;
        former.persist();
    }

    /** Announces the change, writes it (so the version is the new one) and keeps the document as a revision. */
    private TopicDocument record(Topic topic, String action, String author, String... formerSlugs) {
        changes.changed(topic, formerSlugs);
        return keep(topic, action, author);
    }

    /** {@link #record} for a change of status alone, which leaves the topic's modification date. */
    private TopicDocument recordStatus(Topic topic, String action, String author) {
        changes.statusChanged(topic);
        return keep(topic, action, author);
    }

    private TopicDocument keep(Topic topic, String action, String author) {
        Topic.flush();
        TopicDocument document = TopicDocuments.of(topic);
        Revision revision = new Revision();
        revision.topic = topic;
        revision.number = Revision.next(topic);
        revision.author = author;
        revision.createdAt = now();
        revision.action = action;
        revision.document = write(document);
        revision.persist();
        return document;
    }

    private String write(TopicDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A topic document always serialises", e);
        }
    }

    private TopicDocument read(Revision revision) {
        try {
            return revisionReader.readValue(revision.document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Revision " + revision.number + " of " + revision.topic.slug + " is not readable",
                    e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
