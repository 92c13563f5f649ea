package io.explainers.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small table that guesses what an article is about and for which ages, from its title phrase alone. */
class SubjectsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "what is occupational therapy for kids|OccupationalTherapy|Occupational therapy|Pediatric occupational therapy",
            "does my toddler need OT|OccupationalTherapy|Occupational therapy|Pediatric occupational therapy",
            "what is physical therapy for babies|PhysicalTherapy|Physical therapy|Pediatric physical therapy",
            "what is speech-language therapy for kids|MedicalTherapy|Speech therapy|Speech-language therapy",
            "signs of ADHD in teens|MedicalCondition|ADHD|Attention deficit hyperactivity disorder",
            "is my child autistic|MedicalCondition|Autism|Autism spectrum disorder",
            "what is sensory processing disorder in kids|MedicalCondition|Sensory processing disorder|-",
            "what is music therapy for children|MedicalTherapy|Music therapy|-",
            "what are food allergies in children|MedicalCondition|Food allergies|-",
            "what is selective mutism syndrome in kids|MedicalCondition|Selective mutism syndrome|-",
            "how to calm toddler tantrums|MedicalEntity|Calm toddler tantrums|-" })
    void subjects(String phrase, String type, String name, String alternateName) {
        Subjects.Subject subject = Subjects.subject(phrase);
        assertEquals(type, subject.type());
        assertEquals(name, subject.name());
        assertEquals(alternateName, subject.alternateName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "what is occupational therapy for kids|0|18",
            "what is physical therapy for babies|0|1",
            "how to calm toddler tantrums|1|3",
            "sleep tips for preschoolers|3|5",
            "signs of ADHD in teens|13|18",
            "screen time for tweens and teenagers|9|18",
            "speech milestones from babies to toddlers|0|3",
            "what is occupational therapy|0|18" })
    void ages(String phrase, int min, int max) {
        Subjects.Ages ages = Subjects.ages(phrase);
        assertEquals(min, ages.min());
        assertEquals(max, ages.max());
    }
}
