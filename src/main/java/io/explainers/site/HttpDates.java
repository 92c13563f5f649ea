package io.explainers.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** HTTP dates (RFC 9110 IMF-fixdate), and the current one, formatted at most once a second. */
final class HttpDates {

    private record Stamp(long second, String text) {
    }

    private static volatile Stamp current = new Stamp(-1, "");

    private HttpDates() {
    }

    static String format(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
    }

    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The Date header of a response sent now; every origin server with a clock sends one. */
    static String now() {
        long second = System.currentTimeMillis() / 1000;
        Stamp stamp = current;
        if (stamp.second() != second) {
            stamp = new Stamp(second, format(Instant.ofEpochSecond(second)));
            current = stamp;
        }
        return stamp.text();
    }
}
