package io.explainers.intake;

/** A meta description for an article that brought none, made from its intro. */
final class Descriptions {

    static final int MIN = 50;
    static final int MAX = 156;

    private Descriptions() {
    }

    /**
     * The intro's opening, 50 to 156 characters: whole sentences when they fit, else cut at a word boundary and ended
     * with an ellipsis, so it always ends with punctuation.
     */
    static String fromIntro(String intro) {
        String text = intro.replaceAll("\\s+", " ").strip();
        if (text.length() <= MAX) {
            return finished(text);
        }
        for (int end = MAX - 1; end >= MIN - 1; end--) {
            char c = text.charAt(end);
            if ((c == '.' || c == '!' || c == '?') && (end + 1 == text.length() || text.charAt(end + 1) == ' ')) {
                return text.substring(0, end + 1);
            }
        }
        int space = text.lastIndexOf(' ', MAX - 1);
        String cut = text.substring(0, space > 0 ? space : MAX - 1).replaceFirst("[\\s,;:–—-]+$", "");
        return cut + "…";
    }

    private static String finished(String text) {
        return text.matches("(?s).*[.!?…]$") ? text : text.replaceFirst("[\\s,;:–—-]+$", "") + ".";
    }
}
