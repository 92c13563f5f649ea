package io.explainers.content;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A titled part of a topic: an {@code h2} followed by paragraphs and bullets. */
@Entity
@Table(name = "topic_section")
public class Section extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    public Topic topic;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String heading;

    // The items of every section loaded by one query come in one query, not one per section (sections are a bag, which
    // cannot be fetched together with their items in one query without repeating each section per item).
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "section_item", joinColumns = @JoinColumn(name = "section_id"))
    @OrderColumn(name = "position")
    public List<SectionItem> items = new ArrayList<>();

    public Section() {
    }

    public Section(String heading, List<SectionItem> items) {
        this.heading = heading;
        this.items = new ArrayList<>(items);
    }
}
