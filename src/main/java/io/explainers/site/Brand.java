package io.explainers.site;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * The words and the colour the site is recognised by, each written once: the home page's title, the footer and the
 * share cards say the tagline; the browser's theme colour and the share cards use the colour. (The stylesheet's
 * {@code --accent} and the favicon are static files; a test keeps them the same colour.)
 */
@TemplateExtension(namespace = "brand") // {brand:tagline} and {brand:themeColour}, in tags too: they see no globals
public final class Brand {

    /** Said after the site's name: "Explainers: health explainers for parents". */
    public static final String TAGLINE = "health explainers for parents";

    /** The site's colour, as CSS writes it. */
    public static final String THEME_COLOUR = "#0f5e63";

    private Brand() {
    }

    static String tagline() {
        return TAGLINE;
    }

    static String themeColour() {
        return THEME_COLOUR;
    }

    /** The tagline on its own, as a sentence starts: "Health explainers for parents". */
    public static String taglineAlone() {
        return TAGLINE.substring(0, 1).toUpperCase(Locale.ROOT) + TAGLINE.substring(1);
    }
}
