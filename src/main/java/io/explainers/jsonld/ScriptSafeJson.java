package io.explainers.jsonld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes JSON that can sit inside a {@code <script>} element. Jackson does the JSON; then every character that could
 * end the script element or open a comment ({@code < > &}) and the two line separators that older JavaScript parsers
 * choke on are written as unicode escapes. Structural JSON never contains those characters, so the replacement only
 * ever touches string contents, and a JSON parser reads back exactly what was stored.
 */
public final class ScriptSafeJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScriptSafeJson() {
    }

    public static String write(JsonNode node) {
        try {
            return escape(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
