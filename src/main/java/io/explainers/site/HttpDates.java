package io.explainers.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP dates (RFC 9110: written as IMF-fixdate, read in all three forms), and the current one, formatted at most once a
 * second.
 */
final class HttpDates {

    private record Stamp(long second, String text) {
    }

    private static volatile Stamp current = new Stamp(-1, "");

    /** The forms {@link #parse} reads, the one written first. */
    private static final List<DateTimeFormatter> FORMS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            // Sunday, 06-Nov-94 08:49:37 GMT; a two-digit year more than 50 years ahead is the one a century before.
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("EEEE, dd-MMM-")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.now(ZoneOffset.UTC).minusYears(50))
                    .appendPattern(" HH:mm:ss 'GMT'").toFormatter(Locale.ENGLISH).withZone(ZoneOffset.UTC),
            // Sun Nov  6 08:49:37 1994
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("EEE MMM ppd HH:mm:ss yyyy")
                    .toFormatter(Locale.ENGLISH).withZone(ZoneOffset.UTC));

    private HttpDates() {
    }

    static String format(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
    }

    /**
     * A date in any of the three forms RFC 9110 asks recipients to read: IMF-fixdate, and the obsolete RFC 850 and
     * asctime forms some clients still send in If-Modified-Since.
     */
    static Optional<Instant> parse(String text) {
        for (DateTimeFormatter form : FORMS) {
            try {
                return Optional.of(form.parse(text.strip(), Instant::from));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
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
