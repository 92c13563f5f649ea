package io.explainers.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One question of a topic's FAQ, with its plain-text answer. */
@Embeddable
public class FaqEntry {

    @Column(nullable = false)
    public String question;

    @Column(nullable = false)
    public String answer;

    public FaqEntry() {
    }

    public FaqEntry(String question, String answer) {
        this.question = question;
        this.answer = answer;
    }
}
