package io.explainers.site;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every interface string of the pages, as {@code {msg:…}} in templates: English here, Spanish in
 * {@code messages/msg_es.properties}. Templates are checked at build time against these methods, and
 * {@code MessagesTest} fails the build when the Spanish file lacks one, so no visitor meets a missing translation.
 * Page text from the database is never here; the site's name, description and bottom line are configuration.
 */
@MessageBundle(locale = "en")
public interface Messages {

    @Message(Brand.TAGLINE)
    String tagline();

    @Message("Skip to main content")
    String skipLink();

    @Message("Site")
    String siteNavigation();

    @Message("All explainers")
    String allExplainers();

    @Message("Breadcrumb")
    String breadcrumb();

    @Message("Home")
    String home();

    @Message("Last updated")
    String lastUpdated();

    @Message("Medically reviewed by")
    String medicallyReviewedBy();

    /** Between the reviewer and the date of the review. */
    @Message("on")
    String reviewedOn();

    @Message("Next review due")
    String nextReviewDue();

    @Message("Review due")
    String reviewDue();

    @Message("This explainer has not been medically reviewed yet.")
    String notReviewed();

    @Message("Sources")
    String sources();

    /** Before the date a source was read. */
    @Message("Accessed")
    String accessed();

    @Message("About {site}: how explainers are written, reviewed and corrected")
    String aboutLink(String site);

    @Message("This explainer has been retired")
    String goneTitle();

    @Message("“{title}” is no longer on {site}. Find every current explainer on the home page.")
    String goneDescription(String title, String site);

    @Message("“{title}” is no longer on {site}: we keep our explainers current, and this one no longer met that standard. You can go to the")
    String goneLead(String title, String site);

    @Message("home page")
    String goneHomeLink();

    /**
     * After the link home, when other explainers are listed below. No message starts with a space: Qute keeps the
     * backslash of a properties file's escaped space ("\\ o leer"), so spaces go in the template.
     */
    @Message("or read one of our latest explainers below")
    String goneOrReadBelow();

    @Message("This translation has not been reviewed by a health professional yet.")
    String translationNotReviewed();

    @Message("Translated by {name}")
    String translatedBy(String name);

    @Message("Translated by the {site} editorial team")
    String translatedByTeam(String site);

    @Message("{minutes} min read")
    String readingTime(int minutes);

    @Message("From {url}")
    String printFrom(String url);

    @Message("On this page")
    String onThisPage();

    @Message("In simple terms")
    String inSimpleTermsLabel();

    @Message("In simple terms:")
    String inSimpleTermsLead();

    @Message("The skill areas occupational therapy for kids works on")
    String skillAreas();

    @Message("Fine motor")
    String fineMotor();

    @Message("small hand movements, like holding a pencil")
    String fineMotorHint();

    @Message("Gross motor")
    String grossMotor();

    @Message("bigger body movements, like running and jumping")
    String grossMotorHint();

    @Message("Sensory processing and self-regulation")
    String sensory();

    @Message("handling sounds, textures and big feelings")
    String sensoryHint();

    @Message("Self-care and daily living")
    String selfCare();

    @Message("dressing, eating, toileting and routines")
    String selfCareHint();

    @Message("Medical disclaimer")
    String disclaimerLabel();

    @Message("Please note:")
    String disclaimerLead();

    @Message("this explainer is general information, not a substitute for professional medical advice. If you are worried about your child, talk to your child’s doctor or therapist.")
    String disclaimer();

    @Message("More explainers")
    String moreExplainers();

    @Message("No explainers are published yet.")
    String noTopics();

    @Message("Page {number} of {count}")
    String pageOf(int number, int count);

    @Message("(page {number} of {count})")
    String titlePageOf(int number, int count);

    @Message("Previous page")
    String previousPage();

    @Message("Next page")
    String nextPage();

    @Message("Page not found")
    String notFoundHeadline();

    @Message("The page you were looking for is not here. Find every explainer on {site}’s home page.")
    String notFoundDescription(String site);

    @Message("We couldn’t find that page")
    String notFoundTitle();

    @Message("The address may be mistyped, or the page may have moved. You can go to the")
    String notFoundLeadBefore();

    @Message("home page")
    String notFoundHomeLink();

    @Message("or pick one of our latest explainers below.")
    String notFoundLeadAfter();

    @Message("Every explainer is on the home page")
    String everyExplainer();

    @Message("Back in a moment")
    String unavailableHeadline();

    @Message("This page cannot be shown right now.")
    String unavailableDescription();

    @Message("This page cannot be shown right now. Please try again in a minute, or go to the")
    String unavailableLead();

    @Message("“{title}”, an explainer on {site}")
    String cardAlt(String title, String site);
}
