package io.explainers.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.explainers.content.SectionItem;

/**
 * A trend article read into the parts of a topic, each with the line of the text it came from, so that anything wrong
 * with a part can be reported where the author can find it.
 *
 * @param source where the article came from ("US Trends"), or null when the text has no source label line
 * @param titlePhrase the title line as written: the phrase parents search for
 * @param intro paragraphs separated by a blank line
 * @param sources the publications the article rests on, from its "Sources" section, in order
 * @param bottomNote the note the author asked for at the bottom of the page, or null
 * @param lines the line of each single field, by the topic document's field name
 */
public record Article(
        String source,
        String titlePhrase,
        String title,
        String slug,
        String focusPhrase,
        String metaDescription,
        String intro,
        String inSimpleTerms,
        List<Part> sections,
        String faqHeading,
        List<Question> faq,
        List<Source> sources,
        String bottomNote,
        Map<String, Integer> lines) {

    /** A section: its heading and its paragraphs, bullets and steps. */
    public record Part(String heading, int line, List<Item> items) {
    }

    /** A paragraph, a bullet or a step, with the number a step was written with. */
    public record Item(SectionItem.Kind kind, String label, String text, Integer number, int line) {
    }

    public record Question(String question, String answer, int line) {
    }

    /** "Title, Publisher, URL": {@code accessed} is null when the article does not say when it was read. */
    public record Source(String title, String publisher, String url, LocalDate accessed, int line) {
    }

    private static final Pattern INDEXED = Pattern.compile("(sections|faq|sources)\\[(\\d+)](?:\\.items\\[(\\d+)])?.*");

    /**
     * The line a field of the topic document came from, for example {@code sections[2].items[1].text}; 0 when the
     * field has no line of its own (it was inferred or given as a parameter).
     */
    public int lineOf(String field) {
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches()) {
            int index = Integer.parseInt(indexed.group(2));
            if (indexed.group(1).equals("faq")) {
                return index < faq.size() ? faq.get(index).line() : 0;
            }
            if (indexed.group(1).equals("sources")) {
                return index < sources.size() ? sources.get(index).line() : 0;
            }
            if (index >= sections.size()) {
                return 0;
            }
            Part part = sections.get(index);
            if (indexed.group(3) == null) {
                return part.line();
            }
            int item = Integer.parseInt(indexed.group(3));
            return item < part.items().size() ? part.items().get(item).line() : part.line();
        }
        return lines.getOrDefault(field.replaceFirst("[.\\[].*", ""), 0);
    }
}
