package io.explainers.content;

import java.time.Instant;
import java.util.List;

/**
 * The one test topic built by position: tests start from it and change what they care about with the withers, so a new
 * field of {@link TopicView} is added here and nowhere else in the tests.
 */
public final class TopicViews {

    private TopicViews() {
    }

    /** A small published topic: one intro paragraph, no sections, one FAQ entry, no sources, not reviewed. */
    public static TopicView topic(String slug, String title) {
        Instant published = Instant.parse("2026-11-27T09:00:00Z");
        return new TopicView(slug, title, title.toLowerCase(java.util.Locale.ROOT), "A topic.", List.of("Intro."), null,
                List.of(), "FAQ", List.of(new TopicView.FaqView("Why?", "Because.")), new TopicView.Audience(0, 18),
                new TopicView.About("MedicalTherapy", title, null), published, published, null, null, null, List.of(),
                io.explainers.web.Language.ENGLISH, null, List.of());
    }
}
