package io.explainers.seo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the analysis looks at: the topic's text as the page shows it, and what the rendered page itself holds (its h1
 * headings, its meta description and its structured data), so the checks are about the page a crawler gets.
 *
 * @param structuredDataPage the page node of the rendered JSON-LD graph (the MedicalWebPage), or null if there is none
 */
public record PageContent(
        String slug,
        String title,
        String focusPhrase,
        String metaDescription,
        List<String> introParagraphs,
        String inSimpleTerms,
        List<SectionText> sections,
        String faqHeading,
        List<QuestionAndAnswer> faq,
        List<String> renderedH1s,
        String renderedMetaDescription,
        JsonNode structuredDataPage) {

    public record SectionText(String heading, List<String> blocks) {
    }

    public record QuestionAndAnswer(String question, String answer) {
    }

    /** The h2 headings: one per section, and the FAQ's when there is a FAQ. */
    public List<String> subheadings() {
        List<String> headings = new ArrayList<>(sections.stream().map(SectionText::heading).toList());
        if (!faq.isEmpty()) {
            headings.add(faqHeading);
        }
        return headings;
    }

    /** The blocks a parent reads as running text, in page order; headings are not sentences. */
    public List<String> readingBlocks() {
        List<String> blocks = new ArrayList<>(introParagraphs);
        if (inSimpleTerms != null && !inSimpleTerms.isBlank()) {
            blocks.add(inSimpleTerms);
        }
        sections.forEach(section -> blocks.addAll(section.blocks()));
        faq.forEach(entry -> {
            blocks.add(entry.question());
            blocks.add(entry.answer());
        });
        return blocks;
    }

    /** Every word of the body: the text below the title, headings included. */
    public int bodyWords() {
        int words = readingBlocks().stream().mapToInt(Text::wordCount).sum();
        return words + subheadings().stream().mapToInt(Text::wordCount).sum();
    }
}
