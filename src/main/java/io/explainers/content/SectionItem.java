package io.explainers.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A paragraph, a bullet or a numbered step of a section. Bullets and steps may start with a bold label such as "At
 * home:". Consecutive bullets are one list, consecutive steps one ordered list.
 */
@Embeddable
public class SectionItem {

    public enum Kind {
        PARAGRAPH,
        BULLET,
        STEP
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String label;

    @Column(nullable = false)
    public String text;

    /** A step's number as its article wrote it, 1 to 999; null where the list simply counts on. */
    @Column(name = "step_number")
    public Integer stepNumber;

    public SectionItem() {
    }

    public SectionItem(Kind kind, String label, String text) {
        this(kind, label, text, null);
    }

    public SectionItem(Kind kind, String label, String text, Integer stepNumber) {
        this.kind = kind;
        this.label = label;
        this.text = text;
        this.stepNumber = stepNumber;
    }

    public static SectionItem paragraph(String text) {
        return new SectionItem(Kind.PARAGRAPH, null, text);
    }

    public static SectionItem bullet(String label, String text) {
        return new SectionItem(Kind.BULLET, label, text);
    }
}
