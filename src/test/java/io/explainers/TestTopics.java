package io.explainers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.explainers.content.ContentVersion;
import io.explainers.content.FaqEntry;
import io.explainers.content.Reviewer;
import io.explainers.content.Section;
import io.explainers.content.SectionItem;
import io.explainers.content.Topic;
import io.explainers.content.TopicChanges;
import io.explainers.content.TopicStatus;
import io.explainers.site.PageCache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Writes test content through the entities and the application's change service, as the application does. */
@ApplicationScoped
public class TestTopics {

    @Inject
    TopicChanges changes;
    @Inject
    ContentVersion contentVersion;
    @Inject
    PageCache cache;

    /** A complete published topic whose every text field is {@code text} (made to fit the column sizes). */
    public Topic publishedWithText(String slug, String text) {
        return create(slug, TopicStatus.PUBLISHED, text);
    }

    public Topic create(String slug, TopicStatus status, String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Topic topic = new Topic();
            topic.slug = slug;
            topic.title = clip("Title " + text, 70);
            topic.focusPhrase = clip("focus " + text, 120);
            topic.metaDescription = clip("Meta description " + text, 160);
            topic.intro = "Intro " + text + "\n\nSecond intro paragraph " + text;
            topic.inSimpleTerms = "Simply " + text;
            topic.faqHeading = clip("FAQ " + text, 120);
            topic.audienceMinAge = 3;
            topic.audienceMaxAge = 12;
            topic.aboutType = "MedicalTherapy";
            topic.aboutName = clip("About " + text, 120);
            topic.aboutAlternateName = clip("Also " + text, 120);
            topic.status = status;
            topic.publishedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            topic.modifiedAt = topic.publishedAt;
            topic.addSection(new Section(clip("Heading " + text, 200), List.of(
                    SectionItem.paragraph("Paragraph " + text),
                    SectionItem.bullet(clip("Label " + text, 80), "Bullet " + text),
                    SectionItem.bullet(null, "Plain bullet " + text))));
            topic.faq.add(new FaqEntry(clip("Question " + text, 300), "Answer " + text));
            topic.persist();
            changes.changed(topic);
            return topic;
        });
    }

    /** Changes a topic the way the application does: inside a transaction, announced to the site. */
    public void change(String slug, Consumer<Topic> edit) {
        QuarkusTransaction.requiringNew().run(() -> {
            Topic topic = Topic.findBySlug(slug).orElseThrow();
            edit.accept(topic);
            changes.changed(topic);
        });
    }

    /** A reviewer record, as editors add them through the API. */
    public Reviewer reviewer(String name, String credentials, String jobTitle, String url) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Reviewer reviewer = new Reviewer();
            reviewer.name = name;
            reviewer.credentials = credentials;
            reviewer.jobTitle = jobTitle;
            reviewer.url = url;
            reviewer.persist();
            return reviewer;
        });
    }

    /** Records a review the way the application does, announced to the site. */
    public void reviewed(String slug, Reviewer reviewer, LocalDate on) {
        change(slug, topic -> {
            topic.reviewer = Reviewer.findById(reviewer.id);
            topic.lastReviewedOn = on;
        });
    }

    /**
     * Starts a test that compares dates from a content time no later than the clock, and an empty page cache. Each
     * change moves that time on by a second, and the suite makes hundreds in a few minutes, so it runs over a minute
     * ahead of the clock, and until the clock catches up responses are dated with the clock. Rather than wait that out,
     * this sets it back to the clock, as if the suite had made its changes more slowly. Call it before the test takes
     * any date; {@link #clockCaughtUp} then waits out only the test's own changes.
     */
    public void settledClock() {
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            if (contentVersion.state().changedAt().isAfter(now)) {
                Topic.getEntityManager().createNativeQuery("update content_version set changed_at = ?1 where id = 1")
                        .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
            }
        });
        cache.evictAll();
    }

    /**
     * Waits until the clock has caught up with the content's time: until then responses are dated with the clock, which
     * a revalidation with that date never matches. After {@link #settledClock}, that is the few seconds the test's own
     * changes ran it ahead.
     */
    public void clockCaughtUp() throws InterruptedException {
        Instant contentTime = QuarkusTransaction.requiringNew().call(() -> contentVersion.state().changedAt());
        long ahead = Duration.between(Instant.now(), contentTime).toMillis();
        if (ahead >= 0) {
            Thread.sleep(ahead + 1);
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
