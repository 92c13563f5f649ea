package io.explainers.content;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.explainers.web.Language;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Someone qualified who checks explainers, as pages name them: "Medically reviewed by {name}, {credentials},
 * {jobTitle}". One record however many topics they reviewed, so a change of name or credentials reaches every page.
 */
@Entity
@Table(name = "reviewer")
public class Reviewer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    /** As written after the name, such as "OTR/L" or "MD, FAAP". */
    public String credentials;

    @Column(name = "job_title")
    public String jobTitle;

    /** An https profile page, if there is one. */
    public String url;

    /** Moves with every change; a change based on an older one is refused. */
    @Version
    public long version;

    /**
     * The topics whose review this reviewer signed: the pages that show them. Only what names a page, not the topics:
     * a reviewer may have signed thousands, and loading each in full only to name its page cost most of a change.
     */
    public List<ReviewedTopic> topics() {
        return Topic.find("reviewer", this).project(ReviewedTopic.class).list();
    }

    /** A topic this reviewer signed, as far as naming its page goes. */
    public record ReviewedTopic(String language, String slug, TopicStatus status) {

        public TopicView.Edition page() {
            return new TopicView.Edition(Language.ofCode(language).orElseThrow(), slug);
        }
    }
}
