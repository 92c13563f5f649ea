package io.explainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed explainer as its author wrote it (a copy of the shared seed text), read into the parts a page must show.
 * Tests compare the page with this file, not with the migration, so a slip in the migration cannot hide.
 */
public record SeedText(
        String title,
        String intro,
        List<String> pageTextInOrder,
        List<String> sectionHeadings,
        String inSimpleTerms,
        String faqHeading,
        List<String[]> faq,
        String focusPhrase,
        String metaDescription,
        String bottomNote) {

    public static final String SLUG = "what-is-occupational-therapy-for-kids";
    public static final String PATH = Pages.topic(SLUG);
    /** The seed's Spanish edition, shipped by a migration like the seed. */
    public static final String SPANISH_SLUG = "que-es-la-terapia-ocupacional-para-ninos";
    public static final String SPANISH_PATH = Pages.spanishTopic(SPANISH_SLUG);

    public static SeedText load() {
        try (InputStream in = SeedText.class.getResourceAsStream("/seed/" + SLUG + ".txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SeedText parse(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        // Line 0 is the trend label the text was gathered under ("US Trends"), not page text.
        String title = lines.get(1);
        String intro = lines.get(2);
        List<String> inOrder = new ArrayList<>(List.of(title, intro));
        List<String> headings = new ArrayList<>();
        List<String[]> faq = new ArrayList<>();
        String simple = null;
        String faqHeading = null;
        String focus = null;
        String meta = null;
        String bottomNote = null;
        int i = 3;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("SEO notes")) {
                break;
            }
            if (line.startsWith("• ")) {
                String bullet = line.substring(2);
                if (faqHeading != null) {
                    int split = bullet.indexOf("? ");
                    faq.add(new String[] { bullet.substring(0, split + 1), bullet.substring(split + 2) });
                    inOrder.add(bullet.substring(0, split + 1));
                    inOrder.add(bullet.substring(split + 2));
                } else {
                    inOrder.add(bullet);
                }
            } else if (line.startsWith("In simple terms: ")) {
                simple = line.substring("In simple terms: ".length());
                inOrder.add(line);
            } else {
                if (line.contains("FAQ")) {
                    faqHeading = line;
                } else {
                    headings.add(line);
                }
                inOrder.add(line);
            }
        }
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("• Natural focus phrase")) {
                focus = between(line, '“', '”');
            } else if (line.startsWith("• Good meta description")) {
                meta = between(line, '“', '”');
            } else if (line.startsWith("Bottom note line")) {
                bottomNote = lines.get(i + 1);
            }
        }
        return new SeedText(title, intro, List.copyOf(inOrder), List.copyOf(headings), simple, faqHeading, List.copyOf(faq),
                focus, meta, bottomNote);
    }

    private static String between(String line, char open, char close) {
        return line.substring(line.indexOf(open) + 1, line.indexOf(close));
    }
}
