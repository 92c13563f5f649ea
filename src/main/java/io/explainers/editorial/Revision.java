package io.explainers.editorial;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.explainers.content.Topic;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change to a topic: who made it, when, what it was, and the whole topic document as it stood after it. */
@Entity
@Table(name = "topic_revision")
public class Revision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "topic_id")
    public Topic topic;

    /** 1, 2, 3… per topic, in the order the changes were made. */
    @Column(name = "revision_number", nullable = false)
    public int number;

    @Column(nullable = false)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** What the change was: created, updated, published, restored revision 3… */
    @Column(nullable = false)
    public String action;

    /** The topic document as JSON. */
    @Column(nullable = false)
    public String document;

    /** Page {@code index} (from 0) of the topic's revisions, {@code size} a page, oldest first. */
    static List<Revision> of(Topic topic, int index, int size) {
        return find("topic = ?1 order by number", topic).page(index, size).list();
    }

    static Optional<Revision> of(Topic topic, int number) {
        return find("topic = ?1 and number = ?2", topic, number).firstResultOptional();
    }

    static int next(Topic topic) {
        Number last = getEntityManager()
                .createQuery("select max(r.number) from Revision r where r.topic = :topic", Number.class)
                .setParameter("topic", topic)
                .getSingleResult();
        return last == null ? 1 : last.intValue() + 1;
    }
}
