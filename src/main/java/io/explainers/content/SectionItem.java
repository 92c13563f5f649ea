package io.explainers.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A paragraph or a bullet of a section. A bullet may start with a bold label such as "At home:". */
@Embeddable
public class SectionItem {

    public enum Kind {
        PARAGRAPH,
        BULLET
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String label;

    @Column(nullable = false)
    public String text;

    public SectionItem() {
    }

    public SectionItem(Kind kind, String label, String text) {
        this.kind = kind;
        this.label = label;
        this.text = text;
    }

    public static SectionItem paragraph(String text) {
        return new SectionItem(Kind.PARAGRAPH, null, text);
    }

    public static SectionItem bullet(String label, String text) {
        return new SectionItem(Kind.BULLET, label, text);
    }
}
