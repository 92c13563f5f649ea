package io.explainers.content;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import io.quarkus.panache.common.Sort;

/** The read side of the content: what the public site may show. */
@ApplicationScoped
public class PublishedTopics {

    private final ContentVersion contentVersion;
    private final ReviewCycle reviews;

    PublishedTopics(ContentVersion contentVersion, ReviewCycle reviews) {
        this.contentVersion = contentVersion;
        this.reviews = reviews;
    }

    @Transactional
    public Optional<TopicView> find(String slug) {
        return Topic.findPublished(slug).map(topic -> TopicView.of(topic, reviews));
    }

    @Transactional
    public List<TopicSummary> list() {
        return Topic.find("status", Sort.descending("publishedAt", "id"), TopicStatus.PUBLISHED)
                .project(TopicSummary.class)
                .list();
    }

    /** Page {@code index} (from 0) of the published topics, {@code size} a page, newest first. */
    @Transactional
    public TopicPage page(int index, int size) {
        SiteSnapshot site = snapshot();
        List<TopicSummary> topics = Topic.find("status", Sort.descending("publishedAt", "id"), TopicStatus.PUBLISHED)
                .project(TopicSummary.class)
                .page(index, size)
                .list();
        return new TopicPage(topics, site.publishedTopics(), site.lastModified());
    }

    /** The {@code limit} most recently published topics, newest first: what a topic page offers to read next. */
    @Transactional
    public List<TopicSummary> latest(int limit) {
        return Topic.find("status", Sort.descending("publishedAt", "id"), TopicStatus.PUBLISHED)
                .project(TopicSummary.class)
                .page(0, limit)
                .list();
    }

    /** The current address of a topic that used to live at {@code slug}, if it is published. */
    @Transactional
    public Optional<String> currentSlugFor(String formerSlug) {
        return FormerSlug.findBySlug(formerSlug)
                .map(former -> former.topic)
                .filter(topic -> topic.status == TopicStatus.PUBLISHED)
                .map(topic -> topic.slug);
    }

    @Transactional
    public SiteSnapshot snapshot() {
        long published = Topic.count("status", TopicStatus.PUBLISHED);
        ContentVersion.State version = contentVersion.state();
        return new SiteSnapshot(version.version(), published, version.changedAt());
    }

    /** When the content last changed: the Last-Modified of every page that shows more than one topic. */
    @Transactional
    public Instant lastChange() {
        return contentVersion.state().changedAt();
    }

    /**
     * The topic that is or was at {@code slug} if it is archived: its address answers 410 Gone. Unpublished topics
     * (drafts) may come back, and answer 404 like any address that leads nowhere.
     */
    @Transactional
    public Optional<TopicSummary> archived(String slug) {
        return Topic.findBySlug(slug)
                .or(() -> FormerSlug.findBySlug(slug).map(former -> former.topic))
                .filter(topic -> topic.status == TopicStatus.ARCHIVED)
                .map(topic -> new TopicSummary(topic.slug, topic.title, topic.metaDescription, topic.modifiedAt));
    }

    /**
     * The {@code limit} most recently changed published topics, most recent first: the Atom feed's entries. Ties are
     * broken by id, so the feed is the same for the same content.
     */
    @Transactional
    public List<Topic> recentlyChanged(int limit) {
        return Topic.find("status", Sort.descending("modifiedAt", "id"), TopicStatus.PUBLISHED).page(0, limit).list();
    }

    /**
     * Hands {@code reading} the site as it is and lets it read slices of it with {@link #sitemapSlice}, all in one
     * transaction that sees one snapshot of the database: the version, the count and every slice describe
     * the same state of the content however long the reading takes, whatever is committed meanwhile.
     */
    @Transactional
    public void inSnapshot(Consumer<SiteSnapshot> reading) {
        // Before the transaction's first statement, the only moment both databases accept it; the pool resets it
        // when the connection comes back. SERIALIZABLE is one snapshot on both: on PostgreSQL, where no other
        // transaction is serializable, it reads like REPEATABLE READ and never fails; H2's REPEATABLE READ would take
        // each table's snapshot only when first read.
        Topic.getEntityManager().unwrap(Session.class)
                .doWork(connection -> connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE));
        reading.accept(snapshot());
    }

    /**
     * A slice of the sitemap in id order: skip {@code offset} published topics after {@code afterId}, then up to
     * {@code limit}. Callers page with the last id they saw, so no query ever holds more than one slice; inside
     * {@link #inSnapshot} every slice comes from the same snapshot.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SitemapEntry> sitemapSlice(long afterId, long offset, int limit) {
        return Topic.find("status = ?1 and id > ?2", Sort.by("id"), TopicStatus.PUBLISHED, afterId)
                .project(SitemapEntry.class)
                .range((int) offset, (int) offset + limit - 1)
                .list();
    }

    /** The newest modification among {@code topics}, or {@code fallback}. */
    public static Instant lastModified(List<TopicSummary> topics, Instant fallback) {
        return topics.stream().map(TopicSummary::modifiedAt).max(Instant::compareTo).orElse(fallback);
    }
}
