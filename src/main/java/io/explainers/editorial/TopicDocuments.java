package io.explainers.editorial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.explainers.content.FaqEntry;
import io.explainers.content.ReviewCycle;
import io.explainers.content.Section;
import io.explainers.content.SectionItem;
import io.explainers.content.Topic;
import io.explainers.content.TopicSource;
import io.explainers.editorial.TopicDocument.AboutDocument;
import io.explainers.editorial.TopicDocument.AudienceDocument;
import io.explainers.editorial.TopicDocument.FaqDocument;
import io.explainers.editorial.TopicDocument.ItemDocument;
import io.explainers.editorial.TopicDocument.SectionDocument;
import io.explainers.editorial.TopicDocument.SourceDocument;
import io.explainers.web.FieldError;

/** The one mapping between the topic entities and the document the API speaks, and the document's validation. */
final class TopicDocuments {

    private TopicDocuments() {
    }

    static TopicDocument of(Topic topic) {
        Topic subject = topic.subject(); // an edition's audience and subject are its English topic's
        return new TopicDocument(
                topic.slug,
                topic.title,
                topic.focusPhrase,
                topic.metaDescription,
                topic.intro,
                topic.inSimpleTerms,
                topic.sections.stream().map(TopicDocuments::section).toList(),
                topic.faqHeading,
                topic.faq.stream().map(entry -> new FaqDocument(entry.question, entry.answer)).toList(),
                new AudienceDocument(subject.audienceMinAge, subject.audienceMaxAge),
                new AboutDocument(subject.aboutType, subject.aboutName, subject.aboutAlternateName),
                topic.sources.stream().map(s -> new SourceDocument(s.title, s.publisher, s.url, s.accessed)).toList(),
                topic.source,
                topic.status,
                topic.publishedAt,
                topic.modifiedAt,
                topic.lastReviewedOn,
                ReviewerDocument.of(topic.reviewer),
                topic.reviewNote,
                topic.translator,
                topic.language,
                topic.translationOf == null ? null : topic.translationOf.slug,
                topic.version);
    }

    private static SectionDocument section(Section section) {
        return new SectionDocument(section.heading,
                section.items.stream().map(item -> new ItemDocument(item.kind, item.label, item.text, item.stepNumber))
                        .toList());
    }

    /**
     * Writes the document's content onto the topic: text, sections, FAQ, sources, audience, subject, source and slug.
     * Status, dates,
     * review and version stay the server's.
     */
    static void apply(TopicDocument document, Topic topic) {
        topic.slug = document.slug();
        topic.title = document.title();
        topic.focusPhrase = document.focusPhrase();
        topic.metaDescription = document.metaDescription();
        topic.intro = document.intro();
        topic.inSimpleTerms = blankToNull(document.inSimpleTerms());
        topic.faqHeading = document.faqHeading();
        topic.source = blankToNull(document.source());
        if (topic.translationOf != null) {
            // An edition's subject is its English topic's: the copy in its row follows it, whatever was sent.
            copySubject(topic.translationOf, topic);
            topic.translator = blankToNull(document.translator());
        } else {
            topic.audienceMinAge = document.audience().childMinAge();
            topic.audienceMaxAge = document.audience().childMaxAge();
            topic.aboutType = document.about().type();
            topic.aboutName = document.about().name();
            topic.aboutAlternateName = blankToNull(document.about().alternateName());
        }

        // Sections are edited in place by position: rows keep their ids, and no (topic, position) pair is ever held by
        // two rows at once.
        List<SectionDocument> sections = document.sections();
        while (topic.sections.size() > sections.size()) {
            topic.sections.remove(topic.sections.size() - 1);
        }
        for (int i = 0; i < sections.size(); i++) {
            List<SectionItem> items = sections.get(i).items().stream()
                    .map(item -> new SectionItem(item.kind(), blankToNull(item.label()), item.text(), item.number()))
                    .toList();
            if (i < topic.sections.size()) {
                Section section = topic.sections.get(i);
                section.heading = sections.get(i).heading();
                section.items.clear();
                section.items.addAll(items);
            } else {
                topic.addSection(new Section(sections.get(i).heading(), items));
            }
        }
        topic.faq.clear();
        document.faq().forEach(entry -> topic.faq.add(new FaqEntry(entry.question(), entry.answer())));
        topic.sources.clear();
        if (document.sources() != null) {
            document.sources().forEach(source -> topic.sources.add(new TopicSource(source.title().strip(),
                    source.publisher().strip(), source.url(),
                    source.accessed() != null ? source.accessed() : ReviewCycle.today())));
        }
    }

    /** Keeps an edition's copy of the subject (audience, about) the same as its English topic's. */
    static void copySubject(Topic from, Topic to) {
        to.audienceMinAge = from.audienceMinAge;
        to.audienceMaxAge = from.audienceMaxAge;
        to.aboutType = from.aboutType;
        to.aboutName = from.aboutName;
        to.aboutAlternateName = from.aboutAlternateName;
    }

    /** Bean Validation of the whole document, then the rules that span fields; each error names its JSON path. */
    static List<FieldError> check(Validator validator, TopicDocument document) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<TopicDocument> violation : validator.validate(document)) {
            errors.add(new FieldError(path(violation), violation.getMessage()));
        }
        AudienceDocument audience = document.audience();
        if (audience != null && audience.childMinAge() != null && audience.childMaxAge() != null
                && audience.childMaxAge() < audience.childMinAge()) {
            errors.add(new FieldError("audience.childMaxAge", "must not be below childMinAge"));
        }
        if (document.sections() != null) {
            for (int s = 0; s < document.sections().size(); s++) {
                SectionDocument section = document.sections().get(s);
                if (section == null || section.items() == null) {
                    continue;
                }
                for (int i = 0; i < section.items().size(); i++) {
                    ItemDocument item = section.items().get(i);
                    if (item != null && item.kind() == SectionItem.Kind.PARAGRAPH && item.label() != null
                            && !item.label().isBlank()) {
                        errors.add(new FieldError("sections[" + s + "].items[" + i + "].label",
                                "only bullets and steps have a label; a paragraph would not show it"));
                    }
                    if (item != null && item.kind() != SectionItem.Kind.STEP && item.number() != null) {
                        errors.add(new FieldError("sections[" + s + "].items[" + i + "].number",
                                "only steps have a number; a paragraph or a bullet would not show it"));
                    }
                }
            }
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors;
    }

    /** {@code sections[0].items[2].text}: the property path without Bean Validation's container element nodes. */
    static String path(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\.?<[^>]*>", "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
