package io.explainers.intake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.explainers.content.SectionItem;

/**
 * Reads a trend article in the format the seed explainer came in: a source label line, the title phrase, the intro,
 * sections (a heading line, then bullets or paragraphs), an "In simple terms:" line, a FAQ wrap-up, "SEO notes" and
 * the bottom note the author asked for. The scaffolding (label, SEO notes, bottom-note request) becomes data, never
 * page text. What is missing is filled in and reported as a warning; what cannot be read is an error with its line.
 *
 * <p>
 * A pure function of the text: no database, no configuration, so it is tested like {@code seo}.
 */
public final class ArticleParser {

    /** The page's FAQ heading when an article has no FAQ; the page then shows no FAQ at all. */
    public static final String DEFAULT_FAQ_HEADING = "Frequently asked questions";

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    /**
     * Line ends other than CR and LF (NEL, and Unicode's line and paragraph separators): text editors do not show them,
     * and they would end a line unseen.
     */
    private static final Pattern SEPARATOR = Pattern.compile("[\\u0085\\u2028\\u2029]");
    // The same rule as the editorial API's plain-text fields: "<" followed by a letter, "/", "!" or "?".
    private static final Pattern MARKUP = Pattern.compile("<[\\p{L}/!?]");
    private static final Pattern BULLET = Pattern.compile("^(?:([•\\-*–·])|(\\d{1,3})[.)])\\s+(\\S.*)$");
    // A short label of up to four words ending in a colon, followed by the bullet's text: "At home: practicing ...".
    private static final Pattern LABEL = Pattern.compile("^((?:[\\p{L}\\p{N}'’&/-]+ ){0,3}[\\p{L}\\p{N}'’&/-]+:) +(\\S.*)$");
    // The scaffolding in English or in Spanish: "In simple terms:" or "En términos simples:", "FAQ" or "Preguntas
    // frecuentes", "SEO notes" or "Notas SEO", "Bottom note line" or "Línea de nota final".
    private static final int ANY_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern IN_SIMPLE_TERMS = Pattern.compile(
            "^(?:in simple terms|en términos simples|en terminos simples)\\s*[:–—-]\\s*(\\S.*)$", ANY_CASE);
    private static final Pattern FAQ_HEADING = Pattern.compile("\\bfaqs?\\b|frequently asked|preguntas frecuentes",
            ANY_CASE);
    private static final Pattern SOURCES_HEADING = Pattern.compile("^(?:sources|references|fuentes|referencias)$",
            ANY_CASE);
    /** An optional last part of a source: ", accessed 2026-11-20" (", consultado 2026-11-20"). */
    private static final Pattern ACCESSED = Pattern.compile(",\\s*(?:accessed|consultad[oa])\\s+(.+?)\\.?\\s*$", ANY_CASE);
    private static final Pattern SEO_HEADING = Pattern.compile("^(?:seo notes?|notas? seo)\\b.*", ANY_CASE);
    private static final Pattern BOTTOM_NOTE = Pattern.compile(
            "^(?:bottom note(?: line)?|(?:línea de )?nota final)\\b[^:]*:?\\s*(.*)$", ANY_CASE);
    /**
     * Quoted text, from its opening quote to the closing quote of its kind, so quotes of another kind inside it stay
     * part of it: “… why "quiet time" helps.”
     */
    private static final Pattern QUOTED = Pattern.compile("“([^”]+)”|\"([^\"]+)\"|„([^“”]+)[“”]|«([^»]+)»");
    /** Quoted text between quotes of different kinds, as word processors sometimes pair them: "…” or “…". */
    private static final Pattern LOOSELY_QUOTED = Pattern.compile("[“\"„«]\\s*([^”\"“»]+?)\\s*[”\"“»]");
    private static final Pattern SINGLE_QUOTED = Pattern.compile("‘\\s*([^’]+?)\\s*’");
    /**
     * How a sentence ends, and so a line that is not a heading: a stop, a comma or semicolon, or a stop inside closing
     * quotes or brackets (say “wash hands first.”), then perhaps emoji ("You did it! 🎉": symbols, with their skin
     * tones, variation selectors and joiners).
     */
    private static final Pattern FINISHED = Pattern
            .compile("(?:[.!,;…]|[.!?…][”\"’')\\]]+)[\\s\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}]*$");
    /** How the rest of a hard-wrapped line starts: in lower case, or with a negative number ("-40 °F"). */
    private static final Pattern WRAPPED = Pattern.compile("\\p{Ll}|[-−–]\\d");
    private static final int MAX_ERRORS = 20;
    private static final int HEADING_MAX_WORDS = 14;
    private static final int HEADING_MAX_LENGTH = 200;

    private ArticleParser() {
    }

    /**
     * One unit of the text: a bullet (with its {@code number} when it is a numbered step), or a paragraph of one or more
     * joined lines.
     */
    private record Unit(int line, String text, boolean bullet, Integer number, int lineCount) {

        Unit append(String more) {
            return new Unit(line, text + " " + more, bullet, number, lineCount + 1);
        }

        boolean singleLine() {
            return !bullet && lineCount == 1;
        }
    }

    private enum Part {
        INTRO,
        SECTION,
        FAQ,
        SOURCES,
        SEO,
        BOTTOM_NOTE,
        AFTER
    }

    /** Reads an article as it arrives: UTF-8 bytes, with or without a byte-order mark. */
    public static ParsedArticle parse(byte[] utf8, String siteBottomNote) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(utf8);
        CharBuffer out = CharBuffer.allocate(utf8.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += utf8[i] == '\n' ? 1 : 0;
            }
            return new ParsedArticle(null, List.of(),
                    List.of(new Finding(line, "Byte " + (offset + 1) + " is not UTF-8: an article "
                            + "is UTF-8 text (is this a binary file, or text saved in another encoding?).")));
        }
        decoder.flush(out);
        return parse(out.flip().toString(), siteBottomNote);
    }

    /**
     * @param text the article, decoded; a leading byte-order mark and any line ends are fine
     * @param siteBottomNote the note every page shows, to compare the article's bottom note with
     */
    public static ParsedArticle parse(String text, String siteBottomNote) {
        return new ArticleParser.Reading(text, siteBottomNote).read();
    }

    /** The state of one reading. */
    private static final class Reading {

        private final String text;
        private final String siteBottomNote;
        private final List<Finding> warnings = new ArrayList<>();
        private final List<Finding> errors = new ArrayList<>();
        private final Map<String, Integer> lines = new HashMap<>();

        private final List<String> intro = new ArrayList<>();
        private final List<Article.Part> sections = new ArrayList<>();
        private final List<Article.Question> faq = new ArrayList<>();
        private final List<Article.Source> sources = new ArrayList<>();
        private String heading;
        private int headingLine;
        private List<Article.Item> items;
        private String faqHeading;
        private Unit pendingQuestion;
        private String inSimpleTerms;
        /** Where the “In simple terms” line was, when that is not after the first section. */
        private String inSimpleTermsPlace;
        private String focusPhrase;
        private String metaDescription;
        private String bottomNote;
        private int seoLine;
        private int lastLine;
        private int bulletIndent;
        private Part part = Part.INTRO;

        Reading(String text, String siteBottomNote) {
            this.text = text;
            this.siteBottomNote = siteBottomNote;
        }

        ParsedArticle read() {
            List<Unit> units = units();
            if (!errors.isEmpty()) {
                return failed();
            }
            if (units.isEmpty()) {
                errors.add(new Finding(1, "The article is empty."));
                return failed();
            }
            int next = 0;
            String source = null;
            Unit first = units.get(0);
            Unit second = units.size() > 1 ? units.get(1) : null;
            if (isLabel(first) && second != null && second.singleLine()
                    && (!second.text().matches(".*[.!]$") || isTitleWithAStop(second))) {
                source = first.text();
                lines.put("source", first.line());
                next = 1;
                if (isTitleWithAStop(second)) {
                    warnings.add(new Finding(second.line(), "The title line ends with “"
                            + second.text().substring(second.text().length() - 1) + "”; the title is read without it."));
                }
            } else if (!isTitle(first)) {
                errors.add(
                        new Finding(first.line(), "An article begins with its source label line (such as “US Trends”) and then "
                                + "its title line, the phrase parents search for; this line is neither."));
                return failed();
            } else {
                warnings.add(
                        new Finding(first.line(), "No source label line (such as “US Trends”) above the title; the topic's "
                                + "source is left empty."));
            }
            Unit titleLine = units.get(next++);
            for (int i = next; i < units.size(); i++) {
                take(units.get(i), i + 1 < units.size() ? units.get(i + 1) : null);
            }
            closeSection();
            closeQuestion();
            return finish(source, titleLine);
        }

        private ParsedArticle failed() {
            errors.sort(Comparator.comparingInt(Finding::line));
            return new ParsedArticle(null, List.copyOf(warnings),
                    List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_ERRORS))));
        }

        /** Splits the text into lines, refuses what is not plain text, and groups lines into bullets and paragraphs. */
        private List<Unit> units() {
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            String[] raw = body.split("\\r\\n|\\r|\\n", -1);
            List<Unit> units = new ArrayList<>();
            Unit open = null;
            for (int n = 1; n <= raw.length; n++) {
                String line = raw[n - 1];
                if (!plainText(line, n)) {
                    continue;
                }
                boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
                String clean = line.replace('\t', ' ').replaceAll(" {2,}", " ").strip();
                if (clean.isEmpty()) {
                    open = null;
                    continue;
                }
                lastLine = n;
                Matcher bullet = BULLET.matcher(clean);
                if (bullet.matches()) {
                    int indent = indent(line);
                    if (open != null && open.bullet() && indent > bulletIndent) {
                        warnings.add(new Finding(n, "This bullet is indented under the one above, but the page has no "
                                + "lists within lists: it is shown as a bullet beside it. Make it part of the bullet "
                                + "above if it belongs to it."));
                    }
                    bulletIndent = indent;
                    Integer number = bullet.group(2) == null ? null : Integer.valueOf(bullet.group(2));
                    open = new Unit(n, bullet.group(3), true, number, 1);
                    units.add(open);
                } else if (open != null && continues(open, indented, clean)) {
                    open = open.append(clean);
                    units.set(units.size() - 1, open);
                } else {
                    open = new Unit(n, clean, false, null, 1);
                    units.add(open);
                }
            }
            return units;
        }

        /** Spaces before a line's first character, a tab counting as four. */
        private static int indent(String line) {
            int width = 0;
            for (int i = 0; i < line.length() && Character.isWhitespace(line.charAt(i)); i++) {
                width += line.charAt(i) == '\t' ? 4 : 1;
            }
            return width;
        }

        /**
         * A line with no blank line before it continues the bullet above it when indented or when it starts as no
         * sentence or heading does (in lower case, or with a negative number: a bullet hard-wrapped at the margin), and
         * the paragraph above it when that paragraph's last line was long and unfinished (a hard-wrapped paragraph); a
         * short line above is a heading, and a finished sentence ends its paragraph.
         */
        private static boolean continues(Unit open, boolean indented, String line) {
            if (open.bullet()) {
                return indented || WRAPPED.matcher(line).lookingAt();
            }
            String last = open.text();
            return last.length() >= 50 && !last.matches("(?s).*[.!?:…]$");
        }

        private boolean plainText(String line, int n) {
            Matcher control = CONTROL.matcher(line);
            if (control.find()) {
                errors.add(
                        new Finding(n, String.format("Column %d holds the control character U+%04X; an article is plain text "
                                + "(is this a text file?).", control.start() + 1, (int) control.group().charAt(0))));
                return false;
            }
            Matcher separator = SEPARATOR.matcher(line);
            if (separator.find()) {
                errors.add(new Finding(n, String.format("Column %d holds U+%04X, a line separator that text editors do not "
                        + "show; end the line with an ordinary line break, or use a space.", separator.start() + 1,
                        (int) separator.group().charAt(0))));
                return false;
            }
            Matcher markup = MARKUP.matcher(line);
            if (markup.find()) {
                errors.add(new Finding(n,
                        "Column " + (markup.start() + 1) + " starts markup (“" + excerpt(line.substring(markup.start()))
                                + "”); an article is plain text, without HTML tags."));
                return false;
            }
            return true;
        }

        private void take(Unit unit, Unit after) {
            if (part == Part.BOTTOM_NOTE) {
                bottomNote = unit.text();
                lines.put("bottomNote", unit.line());
                part = Part.AFTER;
                return;
            }
            if (part == Part.AFTER) {
                warnings.add(new Finding(unit.line(),
                        "Text after the bottom note is not imported: “" + excerpt(unit.text()) + "”."));
                return;
            }
            if (!unit.bullet() && SEO_HEADING.matcher(unit.text()).matches()) {
                closeSection();
                closeQuestion();
                seoLine = unit.line();
                part = Part.SEO;
                return;
            }
            Matcher bottom = unit.bullet() ? null : BOTTOM_NOTE.matcher(unit.text());
            if (bottom != null && bottom.matches()) {
                closeSection();
                closeQuestion();
                if (!bottom.group(1).isBlank()) {
                    bottomNote = bottom.group(1).strip();
                    lines.put("bottomNote", unit.line());
                    part = Part.AFTER;
                } else {
                    part = Part.BOTTOM_NOTE;
                }
                return;
            }
            if (part == Part.SEO) {
                seoNote(unit);
                return;
            }
            Matcher simple = unit.bullet() ? null : IN_SIMPLE_TERMS.matcher(unit.text());
            if (simple != null && simple.matches()) {
                inSimpleTerms(unit, simple.group(1));
                return;
            }
            if (isLeadIn(unit, after)) {
                items.add(item(unit));
                return;
            }
            if (isHeading(unit, after)) {
                closeSection();
                closeQuestion();
                String text = unit.text().replaceFirst(":$", "").strip();
                if (SOURCES_HEADING.matcher(text).matches()) {
                    // What the article rests on: listed after it on the page, never a section of it.
                    lines.putIfAbsent("sources", unit.line());
                    part = Part.SOURCES;
                } else if (FAQ_HEADING.matcher(text).find()) {
                    startFaq(unit, text);
                } else {
                    if (faqHeading != null) {
                        warnings.add(new Finding(unit.line(),
                                "The section “" + excerpt(text) + "” comes after the FAQ in the article; "
                                        + "the page shows the FAQ after every section."));
                    }
                    heading = text;
                    headingLine = unit.line();
                    items = new ArrayList<>();
                    part = Part.SECTION;
                }
                return;
            }
            switch (part) {
                case INTRO -> {
                    if (unit.bullet()) {
                        errors.add(
                                new Finding(unit.line(), "A bullet before the first section: put a heading line above it, or "
                                        + "write it as a paragraph of the intro."));
                    } else {
                        lines.putIfAbsent("intro", unit.line());
                        intro.add(unit.text());
                    }
                }
                case SECTION -> items.add(item(unit));
                case FAQ -> question(unit);
                case SOURCES -> source(unit);
                default -> throw new IllegalStateException("handled above: " + part);
            }
        }

        private void inSimpleTerms(Unit unit, String line) {
            if (inSimpleTerms != null) {
                errors.add(
                        new Finding(unit.line(), "A second “In simple terms” line; an explainer has one (the first is on line "
                                + lines.get("inSimpleTerms") + ")."));
                return;
            }
            inSimpleTerms = line.strip();
            lines.put("inSimpleTerms", unit.line());
            // Sections closed so far, and the one being read.
            int after = sections.size() + (heading != null ? 1 : 0);
            if (part == Part.FAQ || part == Part.SOURCES) {
                inSimpleTermsPlace = "after the " + (part == Part.FAQ ? "FAQ" : "sources");
            } else if (after != 1) {
                inSimpleTermsPlace = after == 0 ? "before the first section" : "after section " + after;
            }
        }

        private void startFaq(Unit unit, String text) {
            if (faqHeading != null) {
                errors.add(new Finding(unit.line(),
                        "A second FAQ section (“" + excerpt(text) + "”); an explainer has one FAQ, on line "
                                + lines.get("faqHeading") + "."));
                part = Part.FAQ; // read on as questions, for the errors below it; the article is refused anyway
                return;
            }
            faqHeading = text;
            lines.put("faqHeading", unit.line());
            part = Part.FAQ;
        }

        private Article.Item item(Unit unit) {
            if (!unit.bullet()) {
                return new Article.Item(SectionItem.Kind.PARAGRAPH, null, unit.text(), null, unit.line());
            }
            SectionItem.Kind kind = unit.number() != null ? SectionItem.Kind.STEP : SectionItem.Kind.BULLET;
            Matcher label = LABEL.matcher(unit.text());
            if (label.matches()) {
                return new Article.Item(kind, label.group(1), label.group(2), unit.number(), unit.line());
            }
            return new Article.Item(kind, null, unit.text(), unit.number(), unit.line());
        }

        /** "Question? Answer" on one bullet or line, or a question line followed by its answer. */
        private void question(Unit unit) {
            if (pendingQuestion != null) {
                if (!unit.bullet() && !unit.text().endsWith("?")) {
                    faq.add(new Article.Question(pendingQuestion.text(), unit.text(), pendingQuestion.line()));
                    pendingQuestion = null;
                    return;
                }
                closeQuestion();
            }
            int mark = questionEnd(unit.text());
            if (mark < 0 && !unit.bullet() && !faq.isEmpty()) {
                // A second paragraph of the answer above: the page shows an answer as one paragraph.
                Article.Question last = faq.remove(faq.size() - 1);
                faq.add(new Article.Question(last.question(), last.answer() + " " + unit.text(), last.line()));
                warnings.add(new Finding(unit.line(), "A FAQ answer is one paragraph: this line is joined to the answer "
                        + "to “" + excerpt(last.question()) + "”."));
                return;
            }
            if (mark < 0) {
                errors.add(
                        new Finding(unit.line(), "This FAQ entry has no question: write it as “Question? Answer”, split at the "
                                + "question mark that ends the question (“" + excerpt(unit.text()) + "”)."));
                return;
            }
            String question = unit.text().substring(0, mark + 1).strip();
            String answer = unit.text().substring(mark + 1).replaceFirst("^\\p{Zs}+", "").strip(); // a no-break space too
            if (question.length() == 1) {
                errors.add(new Finding(unit.line(),
                        "This FAQ entry starts with its question mark; write it as “Question? Answer”."));
            } else if (answer.isEmpty()) {
                pendingQuestion = new Unit(unit.line(), question, unit.bullet(), null, 1);
            } else {
                faq.add(new Article.Question(question, answer, unit.line()));
            }
        }

        /**
         * Where the question of "Question? Answer" ends: at the first question mark outside quotes that is followed by a
         * space (or ends the line), or by anything but the rest of an address ({@code search?q=} is no end); else at a
         * question mark and the quotes that close after it ({@code Does she ask “why?” Yes…}); else at the first one.
         * Quotes that do not pair up on the line (a stray “, inch marks) are not counted. The index is that of the
         * question's last character, or -1 when there is no question mark.
         */
        static int questionEnd(String text) {
            int end = questionEnd(text, true);
            return end != UNBALANCED ? end : questionEnd(text, false);
        }

        private static final int UNBALANCED = -2;

        private static int questionEnd(String text, boolean quotes) {
            int depth = 0;
            int quoted = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean straight = c == '"' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
                if (quotes && (c == '“' || c == '«' || c == '„' || straight && depth == 0)) {
                    depth++;
                } else if (quotes && (c == '”' || c == '»' || c == '"') && depth > 0) {
                    depth--;
                } else if (c == '?') {
                    int next = i + 1;
                    if (depth == 0 && (next == text.length() || isSpace(text.charAt(next)) || !inAddress(text, i))) {
                        return i;
                    }
                    int close = next;
                    while (close < text.length() && "”»\"’".indexOf(text.charAt(close)) >= 0) {
                        close++;
                    }
                    if (quoted < 0 && close > next && (close == text.length() || isSpace(text.charAt(close)))) {
                        quoted = close - 1;
                    }
                }
            }
            if (depth != 0) {
                return UNBALANCED;
            }
            return quoted >= 0 ? quoted : text.indexOf('?');
        }

        /** The question mark at {@code at} is inside a word with a slash or a dot before it: an address's query. */
        private static boolean inAddress(String text, int at) {
            int start = at;
            while (start > 0 && !isSpace(text.charAt(start - 1))) {
                start--;
            }
            String word = text.substring(start, at);
            return word.indexOf('/') >= 0 || word.indexOf('.') >= 0;
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }

        /**
         * "Title, Publisher, URL", optionally followed by ", accessed 2026-11-20". Split from the right, so a title may
         * have commas of its own; whether the URL is an https address is checked with the rest of the topic.
         */
        private void source(Unit unit) {
            String text = unit.text().strip();
            LocalDate accessed = null;
            Matcher date = ACCESSED.matcher(text);
            if (date.find()) {
                try {
                    accessed = LocalDate.parse(date.group(1));
                } catch (DateTimeParseException e) {
                    errors.add(new Finding(unit.line(), "The date this source was accessed, “" + date.group(1)
                            + "”, is not a date written as 2026-11-20."));
                    return;
                }
                text = text.substring(0, date.start());
            }
            int beforeUrl = text.lastIndexOf(',');
            int beforePublisher = beforeUrl < 0 ? -1 : text.lastIndexOf(',', beforeUrl - 1);
            if (beforePublisher < 0) {
                errors.add(new Finding(unit.line(), "A source is written as “Title, Publisher, URL” (“"
                        + excerpt(unit.text()) + "”)."));
                return;
            }
            String url = text.substring(beforeUrl + 1).strip().replaceFirst("\\.$", "");
            String publisher = text.substring(beforePublisher + 1, beforeUrl).strip();
            String title = text.substring(0, beforePublisher).strip();
            if (title.isEmpty() || publisher.isEmpty() || url.isEmpty()) {
                errors.add(new Finding(unit.line(), "A source is written as “Title, Publisher, URL”, none of them empty (“"
                        + excerpt(unit.text()) + "”)."));
                return;
            }
            sources.add(new Article.Source(title, publisher, url, accessed, unit.line()));
        }

        private void closeQuestion() {
            if (pendingQuestion != null) {
                errors.add(new Finding(pendingQuestion.line(), "The FAQ question “" + excerpt(pendingQuestion.text())
                        + "” has no answer: write it after the question mark, or on the next line."));
                pendingQuestion = null;
            }
        }

        private void closeSection() {
            if (heading == null) {
                return;
            }
            if (items.isEmpty()) {
                errors.add(new Finding(headingLine, "The section “" + excerpt(heading) + "” has no bullets or paragraphs."));
            } else {
                sections.stream().filter(before -> before.heading().equalsIgnoreCase(heading)).findFirst()
                        .ifPresent(before -> warnings.add(new Finding(headingLine, "Two sections are headed “"
                                + excerpt(heading) + "” (lines " + before.line() + " and " + headingLine + "); screen "
                                + "readers list a page's sections by their headings, and these two cannot be told apart.")));
                sections.add(new Article.Part(heading, headingLine, stepNumbers(items)));
            }
            heading = null;
            items = null;
        }

        /**
         * Keeps a step's number only where counting on would not give it: 3 after a note between it and steps 1 and
         * 2, a list that starts at 10. A number that does not move the count forward ("1. 1. 1.", "0.") is counted
         * over, as Markdown does.
         */
        private static List<Article.Item> stepNumbers(List<Article.Item> items) {
            List<Article.Item> numbered = new ArrayList<>();
            int next = 1;
            for (Article.Item item : items) {
                if (item.kind() != SectionItem.Kind.STEP) {
                    next = 1;
                    numbered.add(item);
                    continue;
                }
                boolean kept = item.number() != null && item.number() > next;
                numbered.add(kept ? item : new Article.Item(item.kind(), item.label(), item.text(), null, item.line()));
                next = (kept ? item.number() : next) + 1;
            }
            return List.copyOf(numbered);
        }

        private void seoNote(Unit unit) {
            String lower = unit.text().toLowerCase(Locale.ROOT);
            boolean focus = lower.contains("focus") || lower.contains("keyphrase") || lower.contains("keyword")
                    || lower.contains("frase clave") || lower.contains("palabra clave") || lower.contains("frase de enfoque");
            boolean description = lower.contains("meta description") || lower.contains("meta descripción")
                    || lower.contains("metadescripción");
            if (!focus && !description) {
                warnings.add(new Finding(unit.line(), "This SEO note is not used: “" + excerpt(unit.text()) + "”."));
                return;
            }
            String quoted = quoted(unit.text());
            String what = description ? "meta description" : "focus phrase";
            if (quoted == null) {
                warnings.add(new Finding(unit.line(),
                        "The " + what + " note has no quoted text (“…” or \"…\"), so it is not used."));
            } else if (description) {
                metaDescription = quoted;
                lines.put("metaDescription", unit.line());
            } else {
                focusPhrase = quoted;
                lines.put("focusPhrase", unit.line());
            }
        }

        private ParsedArticle finish(String source, Unit titleLine) {
            int end = seoLine > 0 ? seoLine : lastLine;
            if (intro.isEmpty()) {
                errors.add(new Finding(titleLine.line(),
                        "The article has no intro: write one or more paragraphs between the title "
                                + "line and the first section heading."));
            }
            if (sections.isEmpty() && errors.isEmpty()) {
                errors.add(new Finding(end,
                        "The article has no sections: after the intro, each section is a heading line followed "
                                + "by its bullets or paragraphs."));
            }
            if (faqHeading != null && faq.isEmpty() && errors.isEmpty()) {
                errors.add(new Finding(lines.get("faqHeading"), "The FAQ “" + excerpt(faqHeading) + "” has no questions: "
                        + "write each as “Question? Answer”, or leave the heading out for an explainer without a FAQ."));
            }
            if (!errors.isEmpty()) {
                return failed();
            }
            String phrase = titleLine.text().replaceFirst("\\s*[?.!]+$", "").strip();
            lines.put("title", titleLine.line());
            lines.put("slug", titleLine.line());
            if (focusPhrase == null) {
                // What a reader searches for: "¿qué es…" is searched as "qué es…".
                focusPhrase = phrase.replaceFirst("^[¿¡]\\s*", "");
                lines.put("focusPhrase", titleLine.line());
                warnings.add(new Finding(end, "No focus phrase in the SEO notes; the title line “" + focusPhrase
                        + "” is used."));
            }
            String introText = String.join("\n\n", intro);
            if (metaDescription == null) {
                metaDescription = Descriptions.fromIntro(introText);
                lines.put("metaDescription", lines.get("intro"));
                warnings.add(new Finding(end, "No meta description in the SEO notes; one was made from the intro ("
                        + metaDescription.length() + " characters): “" + metaDescription + "”."));
            }
            if (inSimpleTermsPlace != null) {
                warnings.add(new Finding(lines.get("inSimpleTerms"),
                        "“In simple terms” comes " + inSimpleTermsPlace + " in the article; the page "
                                + "shows it after the first section, as on every explainer."));
            }
            if (faqHeading == null) {
                faqHeading = DEFAULT_FAQ_HEADING;
                warnings.add(
                        new Finding(end,
                                "No FAQ section (a heading with “FAQ”, “Frequently asked” or “Preguntas frecuentes”); the page has no FAQ."));
            }
            compareBottomNote(end);
            warnings.sort(Comparator.comparingInt(Finding::line));
            Article article = new Article(source, titleLine.text(), Titles.title(phrase), Titles.slug(phrase), focusPhrase,
                    metaDescription, introText, inSimpleTerms, List.copyOf(sections), faqHeading, List.copyOf(faq),
                    List.copyOf(sources), bottomNote,
                    Map.copyOf(lines));
            return new ParsedArticle(article, List.copyOf(warnings), List.of());
        }

        private void compareBottomNote(int end) {
            if (bottomNote == null) {
                warnings.add(
                        new Finding(end, "No bottom note line; the page shows the site's note: “" + siteBottomNote + "”."));
            } else if (!bottomNote.equals(siteBottomNote)) {
                warnings.add(
                        new Finding(lines.get("bottomNote"), "The bottom note differs from the site's note, which every page "
                                + "shows instead: “" + siteBottomNote + "”."));
            }
        }

        /** A source label is a short line of its own: "US Trends", "Tendencias EE. UU." (an abbreviation may end it). */
        private static boolean isLabel(Unit unit) {
            String text = unit.text();
            return unit.singleLine() && words(text) <= 5
                    && (!text.matches(".*[.!?:,;]$") || text.matches(".*\\b\\p{Lu}{1,3}\\.$"));
        }

        /**
         * A title line written with a full stop or an exclamation mark after it ("what is play therapy for kids."): the
         * phrase parents search for starts in lower case, where an intro's sentence starts with a capital. Read as a
         * paragraph, it made the source label the topic's title.
         */
        private static boolean isTitleWithAStop(Unit unit) {
            String text = unit.text();
            return unit.singleLine() && text.matches("\\p{Ll}.*[^.!][.!]") && words(text) <= 20 && text.length() <= 150;
        }

        /** A title is one line, a search phrase rather than a sentence. */
        private static boolean isTitle(Unit unit) {
            return unit.singleLine() && words(unit.text()) <= 20 && unit.text().length() <= 150
                    && !unit.text().matches(".*[.!,;:]$");
        }

        /**
         * "Watch for these signs:" before bullets, right under a heading or after a paragraph: a sentence that introduces
         * the list, not a heading of its own. Read as one, it took the list into a new section (and, right under a
         * heading, left that heading's section empty, which refused the article). After bullets, such a line still
         * starts a section: there it is as likely a heading as a lead-in.
         */
        private boolean isLeadIn(Unit unit, Unit after) {
            if (part != Part.SECTION || unit.bullet() || !unit.singleLine() || !unit.text().endsWith(":")
                    || after == null || !after.bullet()
                    || !(items.isEmpty() || items.get(items.size() - 1).kind() == SectionItem.Kind.PARAGRAPH)) {
                return false;
            }
            // "Sources:" and "FAQ:" start their parts wherever they are.
            String text = unit.text().replaceFirst(":$", "").strip();
            return !SOURCES_HEADING.matcher(text).matches() && !FAQ_HEADING.matcher(text).find();
        }

        /**
         * A heading is a short line of its own, not a finished sentence, with something after it. In the FAQ, a line
         * ending in a question mark is a question, not a heading.
         */
        private boolean isHeading(Unit unit, Unit after) {
            if (!unit.singleLine() || after == null) {
                return false;
            }
            String text = unit.text();
            if (text.length() > HEADING_MAX_LENGTH || words(text) > HEADING_MAX_WORDS || FINISHED.matcher(text).find()) {
                return false;
            }
            return part != Part.FAQ || !text.endsWith("?");
        }

        private static String quoted(String text) {
            Matcher quoted = QUOTED.matcher(text);
            if (quoted.find()) {
                for (int group = 1; group <= quoted.groupCount(); group++) {
                    if (quoted.group(group) != null && !quoted.group(group).isBlank()) {
                        return quoted.group(group).strip();
                    }
                }
            }
            Matcher loose = LOOSELY_QUOTED.matcher(text);
            if (loose.find()) {
                return loose.group(1);
            }
            Matcher single = SINGLE_QUOTED.matcher(text);
            return single.find() ? single.group(1) : null;
        }

        private static int words(String text) {
            return text.isBlank() ? 0 : text.strip().split("\\s+").length;
        }

        private static String excerpt(String text) {
            return text.length() <= 60 ? text : text.substring(0, 57) + "…";
        }
    }
}
