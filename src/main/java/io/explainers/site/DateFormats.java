package io.explainers.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** How dates read on the page ("27 November 2026") and in {@code <time datetime>} attributes. */
@TemplateExtension
public class DateFormats {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ISO_MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

    static String humanDate(Instant instant) {
        return HUMAN.format(instant.atZone(ZoneOffset.UTC));
    }

    static String humanDate(LocalDate date) {
        return HUMAN.format(date);
    }

    /** "November 2027": when a review is due is said to the month. */
    static String monthYear(LocalDate date) {
        return MONTH.format(date);
    }

    /** A valid month string for {@code <time datetime>}: 2027-11. */
    static String isoMonth(LocalDate date) {
        return ISO_MONTH.format(date);
    }

    static String isoDate(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(ZoneOffset.UTC));
    }
}
