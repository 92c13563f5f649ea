package io.explainers.web;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the site publishes editions in: what pages, crawlers and the message bundles call each. English is
 * the original of every topic; the Spanish edition is for US families, so both are tagged for the United States.
 */
public enum Language {

    ENGLISH("en", "en-US", "en_US", "English"),
    SPANISH("es", "es-US", "es_US", "Español");

    private final String code;
    private final String hreflang;
    private final String ogLocale;
    private final String ownName;

    Language(String code, String hreflang, String ogLocale, String ownName) {
        this.code = code;
        this.hreflang = hreflang;
        this.ogLocale = ogLocale;
        this.ownName = ownName;
    }

    /** The ISO 639-1 code: the database's {@code topic.language}, {@code <html lang>}, the API's edition name. */
    public String code() {
        return code;
    }

    /** The tag {@code hreflang} and {@code inLanguage} use for this edition: language and region. */
    public String hreflang() {
        return hreflang;
    }

    /** {@code og:locale}. */
    public String ogLocale() {
        return ogLocale;
    }

    /** The language's name in itself: what the language switch says. */
    public String ownName() {
        return ownName;
    }

    /** The locale the message bundles and the dates are rendered in. */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
