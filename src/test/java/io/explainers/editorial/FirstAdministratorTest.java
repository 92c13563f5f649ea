package io.explainers.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Two replicas starting on an empty database both try to create the first administrator; neither may fail. */
@QuarkusTest
class FirstAdministratorTest {

    @Inject
    FirstAdministrator first;

    @Test
    void aReplicaThatLosesTheRaceCarriesOn() throws Exception {
        String name = Api.uniqueSlug("racing-admin");
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Boolean>> starts = List.of(
                    replicas.submit(() -> {
                        together.await();
                        return first.create(name, "a long enough passphrase");
                    }),
                    replicas.submit(() -> {
                        together.await();
                        return first.create(name, "a long enough passphrase");
                    }));
            int created = 0;
            for (Future<Boolean> start : starts) {
                created += start.get() ? 1 : 0; // throws if either start failed
            }
            assertEquals(1, created, "one replica created it, the other found it");
            // And one that comes after the winner committed, as a replica whose count ran before the insert.
            assertFalse(first.create(name, "a long enough passphrase"));
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> EditorialUser.count("username", name)));
        } finally {
            replicas.shutdown();
            QuarkusTransaction.requiringNew().run(() -> EditorialUser.delete("username", name));
        }
    }

    @Test
    void theFirstAdministratorNeedsAPasswordOfTwelveCharactersThatIsNotTheUsername() {
        assertEquals(Optional.of("is shorter than 12 characters"), FirstAdministrator.weakness("ada", "short"));
        assertEquals(Optional.of("is shorter than 12 characters"), FirstAdministrator.weakness("ada", "elevenchars"));
        assertEquals(Optional.of("is the username"), FirstAdministrator.weakness("ada.lovelace.1815", "Ada.Lovelace.1815"));
        assertTrue(FirstAdministrator.weakness("ada", "twelve chars").isEmpty());
        assertTrue(FirstAdministrator.weakness(Api.ADMIN, Api.ADMIN_PASSWORD).isEmpty(), "the test profile's own");
        // bcrypt reads 72 bytes: a longer passphrase would let in anyone who has its start.
        assertTrue(FirstAdministrator.weakness("ada", "p".repeat(72)).isEmpty());
        assertEquals(Optional.of("is longer than 72 bytes in UTF-8, and only its first 72 would count"),
                FirstAdministrator.weakness("ada", "p".repeat(72) + "SECRET-TAIL"));
        assertTrue(FirstAdministrator.weakness("ada", "ñ".repeat(37)).isPresent(), "74 bytes in 37 characters");
    }
}
