package io.explainers.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import io.explainers.web.Language;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One explainer in one language: what a visitor reads at {@code /topics/{slug}}, or, for a Spanish edition of an
 * English topic, at {@code /es/temas/{slug}}. An edition is a row of its own, so everything kept per topic (sections,
 * FAQ, review, revisions, version, slug history) is kept per edition.
 */
@Entity
@Table(name = "topic")
public class Topic extends PanacheEntityBase {

    // Identity columns rather than Panache's default sequence: the seed migration inserts rows in plain SQL
    // that H2 and PostgreSQL both accept.
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(name = "focus_phrase", nullable = false)
    public String focusPhrase;

    @Column(name = "meta_description", nullable = false)
    public String metaDescription;

    /** Paragraphs separated by a blank line. */
    @Column(nullable = false)
    public String intro;

    @Column(name = "in_simple_terms")
    public String inSimpleTerms;

    @Column(name = "faq_heading", nullable = false)
    public String faqHeading;

    @Column(name = "audience_min_age", nullable = false)
    public int audienceMinAge;

    @Column(name = "audience_max_age", nullable = false)
    public int audienceMaxAge;

    /** The schema.org type of what the topic is about, for example {@code OccupationalTherapy}. */
    @Column(name = "about_type", nullable = false)
    public String aboutType;

    @Column(name = "about_name", nullable = false)
    public String aboutName;

    @Column(name = "about_alternate_name")
    public String aboutAlternateName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TopicStatus status = TopicStatus.DRAFT;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "modified_at", nullable = false)
    public Instant modifiedAt;

    @Column(name = "last_reviewed_on")
    public LocalDate lastReviewedOn;

    /** Who signed the last review off; null until the topic is reviewed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewer_id")
    public Reviewer reviewer;

    /** What the last review covered, if the reviewer said: for editors. */
    @Column(name = "review_note")
    public String reviewNote;

    /** Where the article came from, such as "US Trends": for editors, never shown on the page. */
    public String source;

    /** The edition's language code ({@link Language#code()}): {@code en} for the original, {@code es} for a translation. */
    @Column(nullable = false)
    public String language = Language.ENGLISH.code();

    /**
     * The English topic this edition translates, or null for an English topic. The subject (about, audience) is that
     * topic's: {@link #subject()}.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "translation_of")
    public Topic translationOf;

    /** Who translated this edition: a person's name, or null for the editorial team. */
    public String translator;

    @Version
    public long version;

    /** The status as read from the database: whether a change alters what other editions show of this one. */
    @Transient
    public TopicStatus loadedStatus;

    @PostLoad
    void loaded() {
        loadedStatus = status;
    }

    @OneToMany(mappedBy = "topic", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Section> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "faq_entry", joinColumns = @JoinColumn(name = "topic_id"))
    @OrderColumn(name = "position")
    public List<FaqEntry> faq = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "topic_source", joinColumns = @JoinColumn(name = "topic_id"))
    @OrderColumn(name = "position")
    public List<TopicSource> sources = new ArrayList<>();

    public Language language() {
        return Language.ofCode(language).orElseThrow();
    }

    /**
     * The topic whose subject (about, audience) this one has: the English topic for a translation, which is read
     * through so that the editions never disagree about what they are about.
     */
    public Topic subject() {
        return translationOf != null ? translationOf : this;
    }

    /** The edition of this topic's English original in {@code language}, whatever its status. */
    public Optional<Topic> edition(Language wanted) {
        Topic original = subject();
        if (wanted == Language.ENGLISH) {
            return Optional.of(original);
        }
        return find("translationOf = ?1 and language = ?2", original, wanted.code()).firstResultOptional();
    }

    public static Optional<Topic> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static Optional<Topic> findPublished(String slug) {
        return find("slug = ?1 and status = ?2", slug, TopicStatus.PUBLISHED).firstResultOptional();
    }

    /**
     * The published edition with its reviewer, English original and sections loaded in the same query, and then the
     * items of all its sections in one more, so that a page costs the same few queries however many sections it has.
     */
    public static Optional<Topic> findPublished(Language language, String slug) {
        Optional<Topic> topic = find("from Topic t left join fetch t.reviewer left join fetch t.translationOf"
                + " left join fetch t.sections where t.slug = ?1 and t.status = ?2 and t.language = ?3", slug,
                TopicStatus.PUBLISHED, language.code()).singleResultOptional();
        // The sections are the ones already loaded: fetching their items fills in those sections' lists. Asked for
        // here rather than left to the sub-select fetch of Section#items, which builds and translates its SQL anew for
        // every page (it embeds the query above): a fifteenth of a rendering.
        topic.ifPresent(found -> getEntityManager()
                .createQuery("from Section s left join fetch s.items where s.topic = :topic", Section.class)
                .setParameter("topic", found)
                .getResultList());
        return topic;
    }

    public void addSection(Section section) {
        section.topic = this;
        section.position = sections.size();
        sections.add(section);
    }
}
