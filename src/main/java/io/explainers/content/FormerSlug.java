package io.explainers.content;

import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An address a topic had before its slug changed; links to it keep working through a permanent redirect. */
@Entity
@Table(name = "slug_history")
public class FormerSlug extends PanacheEntityBase {

    @Id
    public String slug;

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    public Topic topic;

    public static Optional<FormerSlug> findBySlug(String slug) {
        return findByIdOptional(slug);
    }
}
