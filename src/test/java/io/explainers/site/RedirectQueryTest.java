package io.explainers.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** A redirect keeps the query as sent; what a URI may not hold there is encoded, so the Location is always a URI. */
class RedirectQueryTest {

    @Test
    void keepsAQueryAsItCameAndEncodesWhatAUriCannotHold() {
        assertEquals("utm_source=a&utm_medium=b%20c&x=%C3%A9",
                TopicResource.encodeQuery("utm_source=a&utm_medium=b%20c&x=%C3%A9"));
        assertEquals("q=%7Bx%7D%7C%22y%22%20%C3%A9", TopicResource.encodeQuery("q={x}|\"y\" é"));
        for (String query : new String[] { "a=1&b=2", "q={x}|\"y\" é<>\\^`", "%%" }) {
            URI.create("https://example.org/topics/x?" + TopicResource.encodeQuery(query)); // never throws
        }
    }
}
