package io.explainers.site;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A URI's query as RFC 3986 lets it be written: ASCII letters and digits, some punctuation, and percent escapes. One
 * rule for the two places that judge a query as it came: the page cache, which drops only such a query from a topic
 * page's key on the connection, and the redirects, which pass a query on encoded so.
 */
final class UriQuery {

    private static final String PUNCTUATION = "-._~!$&'()*+,;=:@/?";
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private UriQuery() {
    }

    /** Whether {@code text} from {@code from} on is a query that needs no encoding. */
    static boolean isPlain(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isEscape(text, i)) {
                i += 2;
            } else if (!mayStand(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The query as sent, with what a URI may not hold there (a space, a brace, a quote, non-ASCII) percent-encoded.
     * Vert.x reads the request line a byte a character (ISO-8859-1), so those are the bytes that came; encoding its
     * characters as UTF-8 turned a raw {@code ñ} into two characters.
     */
    static String encoded(String query) {
        String bytes = new String(query.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        StringBuilder encoded = new StringBuilder(bytes.length());
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            if (isEscape(bytes, i) || mayStand(c)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX.toHexDigits((byte) c));
            }
        }
        return encoded.toString();
    }

    private static boolean mayStand(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || PUNCTUATION.indexOf(c) >= 0);
    }

    private static boolean isEscape(String text, int i) {
        return text.charAt(i) == '%' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
                && Character.digit(text.charAt(i + 2), 16) >= 0;
    }
}
