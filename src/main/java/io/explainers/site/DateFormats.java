package io.explainers.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.explainers.web.Language;
import io.quarkus.qute.TemplateExtension;

/** How dates read on the page ("27 November 2026", "27 de noviembre de 2026") and in {@code <time datetime>} attributes. */
@TemplateExtension
public class DateFormats {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_SPANISH = DateTimeFormatter.ofPattern("MMMM 'de' yyyy",
            Language.SPANISH.locale());
    private static final DateTimeFormatter ISO_MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);
    /** "27 de noviembre de 2026": Spanish writes month names in lower case. */
    private static final DateTimeFormatter HUMAN_SPANISH = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy",
            Language.SPANISH.locale());

    static String humanDate(Instant instant, Language language) {
        return humanDate(instant.atZone(ZoneOffset.UTC).toLocalDate(), language);
    }

    static String humanDate(LocalDate date, Language language) {
        return (language == Language.SPANISH ? HUMAN_SPANISH : HUMAN).format(date);
    }

    /** "November 2027", "noviembre de 2027": when a review is due is said to the month. */
    static String monthYear(LocalDate date, Language language) {
        return (language == Language.SPANISH ? MONTH_SPANISH : MONTH).format(date);
    }

    /** A valid month string for {@code <time datetime>}: 2027-11. */
    static String isoMonth(LocalDate date) {
        return ISO_MONTH.format(date);
    }

    static String isoDate(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(ZoneOffset.UTC));
    }
}
