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

    /**
     * A Last-Modified header for content changed at {@code changed}, but never after now: the content's time runs ahead
     * of the clock during a burst of changes (a second a change, see {@code ContentVersion}), and RFC 9110 (8.8.2.1)
     * asks an origin server to send the time of the response instead of a time in the future. If-Modified-Since is still
     * compared with the content's own time, so a client holding the earlier date gets the page again, never a 304 for
     * a change it has not seen.
     */
    static String lastModified(Instant changed) {
        return format(notLaterThanNow(changed));
    }

    /** The content's time as a page may show it: the sitemap's and the feed's dates are not in the future either. */
    static Instant notLaterThanNow(Instant changed) {
        Instant now = Instant.now();
        return changed.isAfter(now) ? now.truncatedTo(ChronoUnit.SECONDS) : changed;
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
