package io.explainers.jsonld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Writes JSON that can sit inside a {@code <script>} element: every character that could end the script element or
 * open a comment ({@code < > &}) and the two line separators that older JavaScript parsers choke on are written as
 * unicode escapes. Jackson escapes them as it writes the strings (structural JSON never contains them), in the same
 * pass, so a JSON parser reads back exactly what was stored.
 */
public final class ScriptSafeJson {

    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(new ScriptEscapes());

    private ScriptSafeJson() {
    }

    public static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    /**
     * Jackson's standard escapes, plus {@code < > &} and the line and paragraph separators as unicode escapes with
     * lower-case hex digits, the spelling pages have always had.
     */
    private static final class ScriptEscapes extends CharacterEscapes {

        private static final int[] ASCII = standardAsciiEscapesForJSON();
        static {
            ASCII['<'] = ESCAPE_CUSTOM;
            ASCII['>'] = ESCAPE_CUSTOM;
            ASCII['&'] = ESCAPE_CUSTOM;
        }
        private static final SerializedString LESS_THAN = new SerializedString("\\u003c");
        private static final SerializedString GREATER_THAN = new SerializedString("\\u003e");
        private static final SerializedString AMPERSAND = new SerializedString("\\u0026");
        private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> LESS_THAN;
                case '>' -> GREATER_THAN;
                case '&' -> AMPERSAND;
                case '\u2028' -> LINE_SEPARATOR;
                case '\u2029' -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
