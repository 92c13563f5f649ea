package io.explainers.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** RFC 9110: a recipient reads all three forms of an HTTP date, and nothing else. */
class HttpDatesTest {

    static final Instant NOV_6_1994 = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void readsTheThreeForms() {
        assertEquals(Optional.of(NOV_6_1994), HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertEquals(Optional.of(NOV_6_1994), HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT"));
        assertEquals(Optional.of(NOV_6_1994), HttpDates.parse("Sun Nov  6 08:49:37 1994"));
        assertEquals(Optional.of(Instant.parse("2026-11-27T09:00:00Z")), HttpDates.parse("Friday, 27-Nov-26 09:00:00 GMT"));
        assertEquals(Optional.of(Instant.parse("2026-11-27T09:00:00Z")), HttpDates.parse("Fri Nov 27 09:00:00 2026"));
    }

    @Test
    void writesTheFirst() {
        assertEquals("Sun, 6 Nov 1994 08:49:37 GMT", HttpDates.format(NOV_6_1994));
    }

    @Test
    void readsNothingElse() {
        for (String text : new String[] { "yesterday", "", "1994-11-06T08:49:37Z", "Sun, 06 Nov 1994", "06-Nov-94 08:49:37" }) {
            assertEquals(Optional.empty(), HttpDates.parse(text), text);
        }
    }
}
