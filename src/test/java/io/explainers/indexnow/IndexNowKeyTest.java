package io.explainers.indexnow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The key the protocol accepts: what start-up checks (and refuses with a clear message). */
class IndexNowKeyTest {

    @Test
    void acceptsEightToOneHundredTwentyEightLettersDigitsAndHyphens() {
        assertEquals(Optional.empty(), IndexNowKey.problem(Optional.empty()), "no key: IndexNow is off");
        for (String key : new String[] { "abcd1234", "a-B-c-D-0-9", "x".repeat(128) }) {
            assertEquals(Optional.empty(), IndexNowKey.problem(Optional.of(key)), key);
        }
    }

    @Test
    void refusesAnythingElseSayingWhatIsExpected() {
        for (String key : new String[] { "short7c", "x".repeat(129), "has space1", "under_score", "ключключключ", "" }) {
            String problem = IndexNowKey.problem(Optional.of(key)).orElseThrow(() -> new AssertionError(key));
            assertTrue(problem.contains("EXPLAINERS_INDEXNOW_KEY") && problem.contains("8 to 128"), problem);
            assertTrue(!problem.contains(key) || key.isEmpty(), "the key itself is not logged: " + problem);
        }
    }
}
