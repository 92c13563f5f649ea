package io.explainers.content;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import io.explainers.web.Language;
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

    /**
     * A published edition, read in one transaction with when the content last changed: its page's Last-Modified. The
     * page shows other topics too ("More explainers"), and one of them may be withdrawn, so the date is the content's,
     * which only moves forward, not the newest of the topics it shows.
     */
    public record Found(TopicView topic, Instant lastModified) {
    }

    /** The published edition in {@code language} at {@code slug}. */
    @Transactional
    public Optional<Found> find(Language language, String slug) {
        // The page only reads. Read-only entities keep no copy of their state to compare at a flush, and with no
        // flush before each query and at the commit, Hibernate never walks them: that was a tenth of a rendering.
        Session session = Topic.getEntityManager().unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        // The content's time in the same transaction: one of its own cost each rendering a second pool borrow and
        // commit.
        return Topic.findPublished(language, slug).map(topic -> new Found(TopicView.of(topic, reviews), lastChange()));
    }

    /** Page {@code index} (from 0) of the published topics in {@code language}, {@code size} a page, newest first. */
    @Transactional
    public TopicPage page(Language language, int index, int size) {
        long total = Topic.count("status = ?1 and language = ?2", TopicStatus.PUBLISHED, language.code());
        List<TopicSummary> topics = Topic.find("status = ?1 and language = ?2", newestFirst("publishedAt"),
                TopicStatus.PUBLISHED, language.code())
                .project(TopicSummary.class)
                .page(index, size)
                .list();
        // The content's time, which only moves forward: a topic withdrawn from the list changes the list too.
        return new TopicPage(topics, total, lastChange());
    }

    /**
     * The {@code limit} most recently published topics in {@code language}, newest first: what a topic page offers to
     * read next.
     */
    @Transactional
    public List<TopicSummary> latest(Language language, int limit) {
        return Topic.find("status = ?1 and language = ?2", newestFirst("publishedAt"), TopicStatus.PUBLISHED,
                language.code())
                .project(TopicSummary.class)
                .page(0, limit)
                .list();
    }

    /** The current address of an edition in {@code language} that used to live at {@code slug}, if it is published. */
    @Transactional
    public Optional<String> currentSlugFor(Language language, String formerSlug) {
        return FormerSlug.findBySlug(formerSlug)
                .map(former -> former.topic)
                .filter(topic -> topic.status == TopicStatus.PUBLISHED && topic.language().equals(language))
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
    public Optional<TopicSummary> archived(Language language, String slug) {
        return Topic.findBySlug(slug)
                .or(() -> FormerSlug.findBySlug(slug).map(former -> former.topic))
                .filter(topic -> topic.status == TopicStatus.ARCHIVED && topic.language() == language)
                .map(topic -> new TopicSummary(topic.slug, topic.title, topic.metaDescription, topic.modifiedAt,
                        topic.language));
    }

    /**
     * The {@code limit} most recently changed published topics in {@code language}, most recent first: the Atom feed's
     * entries. Ties are broken by id, so the feed is the same for the same content.
     */
    @Transactional
    public List<Topic> recentlyChanged(Language language, int limit) {
        return Topic.find("status = ?1 and language = ?2", newestFirst("modifiedAt"), TopicStatus.PUBLISHED,
                language.code()).page(0, limit).list();
    }

    /**
     * Newest first by {@code time}, then by id, for a query that fixes the language and the status. They lead the
     * order all the same: H2 reads an index in its order (and stops after the rows asked for) only when the ORDER BY
     * starts with the index's columns, here those of topic_latest_published_idx and topic_latest_modified_idx (V11).
     */
    private static Sort newestFirst(String time) {
        return Sort.by("language").and("status").and(time, Sort.Direction.Descending).and("id", Sort.Direction.Descending);
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
        // Rows, not entities: the snapshot transaction lasts the whole sitemap, and entities would stay in it.
        List<Object[]> slice = Topic.getEntityManager().createQuery(
                "select t.id, t.language, t.slug, t.modifiedAt, coalesce(o.id, t.id) from Topic t left join t.translationOf o"
                        + " where t.status = :status and t.id > :after order by t.id",
                Object[].class)
                .setParameter("status", TopicStatus.PUBLISHED)
                .setParameter("after", afterId)
                .setFirstResult((int) offset)
                .setMaxResults(limit)
                .getResultList();
        // One more query a slice for the alternates: every published edition of the slice's topics.
        Map<Long, List<TopicView.Edition>> editions = new HashMap<>();
        TopicView.publishedEditions(slice.stream().map(row -> (Long) row[4]).distinct().toList())
                .forEach(edition -> editions.computeIfAbsent(edition.subject(), id -> new ArrayList<>())
                        .add(edition.edition()));
        return slice.stream().map(row -> {
            List<TopicView.Edition> all = new ArrayList<>(editions.getOrDefault((Long) row[4], List.of()));
            all.sort(Comparator.comparing(TopicView.Edition::language));
            return new SitemapEntry((Long) row[0], Language.ofCode((String) row[1]).orElseThrow(), (String) row[2],
                    (Instant) row[3], all.size() > 1 ? List.copyOf(all) : List.of());
        }).toList();
    }

    /** The newest modification among {@code topics}, or {@code fallback}. */
    public static Instant lastModified(List<TopicSummary> topics, Instant fallback) {
        return topics.stream().map(TopicSummary::modifiedAt).max(Instant::compareTo).orElse(fallback);
    }
}
