package io.explainers.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article is about and which children it is for, guessed from its title phrase when the editor does not say:
 * a small table of the therapies and conditions the site writes about, and the age words parents use. Every guess says
 * what it was based on, so the import can report it.
 */
public final class Subjects {

    /** A schema.org thing: its type (such as OccupationalTherapy), name and another name. */
    public record Subject(String type, String name, String alternateName, String because) {
    }

    /** The children's ages, in years. */
    public record Ages(int min, int max, String because) {
    }

    private record Known(Pattern words, String type, String name, String alternateName) {
    }

    private record AgeWord(Pattern words, int min, int max) {
    }

    private static final List<Known> KNOWN = List.of(
            known("occupational therapy|\\bot\\b", "OccupationalTherapy", "Occupational therapy",
                    "Pediatric occupational therapy"),
            known("physical therapy|physiotherapy|\\bpt\\b", "PhysicalTherapy", "Physical therapy",
                    "Pediatric physical therapy"),
            known("speech(?:[- ]language| and language)? therapy", "MedicalTherapy", "Speech therapy",
                    "Speech-language therapy"),
            known("\\badhd\\b", "MedicalCondition", "ADHD", "Attention deficit hyperactivity disorder"),
            known("\\bautism\\b|\\bautistic\\b", "MedicalCondition", "Autism", "Autism spectrum disorder"),
            known("sensory processing", "MedicalCondition", "Sensory processing disorder", null),
            known("\\bdyslexia\\b", "MedicalCondition", "Dyslexia", null),
            known("\\bdyspraxia\\b", "MedicalCondition", "Dyspraxia", "Developmental coordination disorder"));

    private static final Pattern THERAPY = Pattern.compile("\\btherap(?:y|ies)\\b");
    private static final Pattern CONDITION = Pattern.compile(
            "\\b(?:disorders?|syndromes?|conditions?|diseases?|delays?|allerg(?:y|ies)|asthma|eczema|infections?)\\b");

    private static final List<AgeWord> AGE_WORDS = List.of(
            age("newborns?|babies|baby|infants?", 0, 1),
            age("toddlers?", 1, 3),
            age("preschoolers?|preschool", 3, 5),
            age("school-age|grade school|elementary school", 6, 12),
            age("tweens?", 9, 12),
            age("teens?|teenagers?|adolescents?", 13, 18),
            age("kids?|child|children|pediatric|paediatric", 0, 18));

    // Question openings and age phrases are not part of the subject's name.
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:what|how|why|when|who|which|is|are|can|does|do|should|will)(?: (?:is|are|does|do|to|should|can|will))?"
                    + "|signs of|understanding|about)\\b\\s*(?:(?:a|an|the)\\b\\s*)?");
    private static final Pattern TRAILING = Pattern.compile(
            "\\s+(?:for|in|with|and)\\s+(?:young\\s+|little\\s+|older\\s+)?(?:kids?|child|children|babies|baby|infants?|toddlers?"
                    + "|preschoolers?|teens?|teenagers?|adolescents?|tweens?)\\b.*$");

    private Subjects() {
    }

    public static Subject subject(String titlePhrase) {
        String phrase = titlePhrase.toLowerCase(Locale.ROOT);
        for (Known known : KNOWN) {
            Matcher match = known.words().matcher(phrase);
            if (match.find()) {
                return new Subject(known.type(), known.name(), known.alternateName(), "“" + match.group() + "”");
            }
        }
        String name = Titles.title(TRAILING.matcher(LEADING.matcher(phrase).replaceFirst("")).replaceFirst(""))
                .replaceFirst("\\?$", "");
        Matcher therapy = THERAPY.matcher(phrase);
        if (therapy.find()) {
            return new Subject("MedicalTherapy", name, null, "“" + therapy.group() + "”");
        }
        Matcher condition = CONDITION.matcher(phrase);
        if (condition.find()) {
            return new Subject("MedicalCondition", name, null, "“" + condition.group() + "”");
        }
        return new Subject("MedicalEntity", name, null, "no therapy or condition word");
    }

    public static Ages ages(String titlePhrase) {
        String phrase = titlePhrase.toLowerCase(Locale.ROOT);
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        StringBuilder because = new StringBuilder();
        for (AgeWord word : AGE_WORDS) {
            Matcher match = word.words().matcher(phrase);
            if (match.find()) {
                min = Math.min(min, word.min());
                max = Math.max(max, word.max());
                because.append(because.isEmpty() ? "" : ", ").append('“').append(match.group()).append('”');
            }
        }
        if (because.isEmpty()) {
            return new Ages(0, 18, "no age word");
        }
        return new Ages(min, max, because.toString());
    }

    private static Known known(String words, String type, String name, String alternateName) {
        return new Known(Pattern.compile(words), type, name, alternateName);
    }

    private static AgeWord age(String words, int min, int max) {
        return new AgeWord(Pattern.compile("\\b(?:" + words + ")\\b"), min, max);
    }
}
