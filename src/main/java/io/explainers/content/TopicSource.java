package io.explainers.content;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One source a topic rests on: a publication, who published it, where it is and when it was read. */
@Embeddable
public class TopicSource {

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String publisher;

    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public LocalDate accessed;

    public TopicSource() {
    }

    public TopicSource(String title, String publisher, String url, LocalDate accessed) {
        this.title = title;
        this.publisher = publisher;
        this.url = url;
        this.accessed = accessed;
    }
}
