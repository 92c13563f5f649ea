package io.explainers.seo;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.explainers.content.TopicView;

/**
 * What the analysis looks at: the topic as the page shows it (the same {@link TopicView} the template and the structured
 * data read, so a new field reaches the checks without a copy here), and what the rendered page itself holds (its h1
 * headings, its meta description and its structured data), so the checks are about the page a crawler gets.
 *
 * @param structuredDataPage the page node of the rendered JSON-LD graph (the MedicalWebPage), or null if there is none
 */
public record PageContent(
        TopicView topic,
        List<String> renderedH1s,
        String renderedMetaDescription,
        JsonNode structuredDataPage) {

    /** The h2 headings: one per section, and the FAQ's when there is a FAQ. */
    public List<String> subheadings() {
        List<String> headings = new ArrayList<>(topic.sections().stream().map(TopicView.SectionView::heading).toList());
        if (!topic.faq().isEmpty()) {
            headings.add(topic.faqHeading());
        }
        return headings;
    }

    /** The blocks a parent reads as running text, in page order; headings are not sentences. */
    public List<String> readingBlocks() {
        List<String> blocks = new ArrayList<>(topic.introParagraphs());
        String inSimpleTerms = topic.inSimpleTerms();
        if (inSimpleTerms != null && !inSimpleTerms.isBlank()) {
            blocks.add(inSimpleTerms);
        }
        for (TopicView.SectionView section : topic.sections()) {
            for (TopicView.Block block : section.blocks()) {
                if (block.isList()) {
                    // A bullet or step is one block, its label first, as the page shows it.
                    block.bullets().forEach(bullet -> blocks.add(
                            bullet.label() == null ? bullet.text() : bullet.label() + " " + bullet.text()));
                } else {
                    blocks.add(block.paragraph());
                }
            }
        }
        topic.faq().forEach(entry -> {
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
