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

    static String humanDate(Instant instant) {
        return HUMAN.format(instant.atZone(ZoneOffset.UTC));
    }

    static String humanDate(LocalDate date) {
        return HUMAN.format(date);
    }

    static String isoDate(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(ZoneOffset.UTC));
    }
}
