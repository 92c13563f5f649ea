package io.explainers.editorial;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.explainers.web.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Password guessing meets a limit before a password is checked: per client address and per username. Clients come
 * from the addresses they are given in X-Forwarded-For, as they would through a trusted load balancer.
 */
@QuarkusTest
@TestProfile(LoginThrottleTest.SmallAllowance.class)
class LoginThrottleTest {

    /** Three failures per address, five per username; forwarded client addresses are believed. */
    public static class SmallAllowance implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("explainers.login.failures-per-address", "3",
                    "explainers.login.failures-per-username", "5",
                    "explainers.login.window", "10m",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void users() {
        Api.ensureUsers();
    }

    @Test
    void aBurstOfWrongPasswordsIsStoppedBeforeAnyMoreAreChecked() {
        long before = throttle.checked();
        for (int i = 0; i < 3; i++) {
            login("203.0.113.1", Api.EDITOR, "guess-" + i).then().statusCode(401);
        }
        assertEquals(3, throttle.checked() - before);
        for (int i = 0; i < 20; i++) {
            Response throttled = login("203.0.113.1", Api.EDITOR, "guess-more-" + i);
            throttled.then().statusCode(429).contentType(Problem.MEDIA_TYPE);
            long retryAfter = Long.parseLong(throttled.header("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 600, "Retry-After: " + retryAfter);
            JsonNode problem = Api.read(throttled);
            assertEquals(429, problem.get("status").asInt());
            assertEquals("/api/topics", problem.get("instance").asText());
        }
        assertEquals(3, throttle.checked() - before, "no throttled login was let through to the password check");
        // Not even the right password gets through from there until the allowance refills.
        login("203.0.113.1", Api.EDITOR, Api.PASSWORD).then().statusCode(429);

        // Someone else, from elsewhere, logs in as usual; so does the attacked user from their own address.
        login("203.0.113.2", Api.REVIEWER, Api.PASSWORD).then().statusCode(200);
        login("203.0.113.3", Api.EDITOR, Api.PASSWORD).then().statusCode(200);
    }

    /** An address out of guesses that tries a new username each time leaves nothing behind for them. */
    @Test
    void anAddressOutOfGuessesCostsNoMemoryPerUsername() {
        for (int i = 0; i < 3; i++) {
            login("203.0.113.9", "someone-" + i, "guess").then().statusCode(401);
        }
        long remembered = throttle.rememberedUsernames();
        for (int i = 0; i < 200; i++) {
            login("203.0.113.9", "someone-else-" + i, "guess").then().statusCode(429);
        }
        assertEquals(remembered, throttle.rememberedUsernames());
    }

    @Test
    void guessesAtOneUsernameFromManyAddressesAreLimitedToo() {
        for (int i = 0; i < 5; i++) {
            login("198.51.100." + i, Api.ADMIN, "guess").then().statusCode(401);
        }
        login("198.51.100.50", Api.ADMIN, "guess").then().statusCode(429).header("Retry-After",
                org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"));
        login("198.51.100.51", Api.ADMIN, Api.ADMIN_PASSWORD).then().statusCode(429);
        // The address itself did nothing wrong: another account logs in from it.
        login("198.51.100.51", Api.REVIEWER, Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void successfulLoginsDoNotCount() {
        for (int i = 0; i < 10; i++) {
            login("192.0.2.1", Api.REVIEWER, Api.PASSWORD).then().statusCode(200);
        }
        login("192.0.2.1", Api.REVIEWER, "wrong").then().statusCode(401);
    }

    @Test
    void everySpellingOfTheApiPathCountsAsALogin() {
        // Quarkus REST routes /api;x/topics to the API as it routes /api/topics: the throttle must not tell them apart.
        for (String path : List.of("/api;x/topics", "/api/topics;y", "/api%3B/topics")) {
            given().urlEncodingEnabled(false).header("X-Forwarded-For", "203.0.113.9").auth().preemptive()
                    .basic(Api.EDITOR, "guess").accept("application/json").get(path).then()
                    .statusCode(org.hamcrest.Matchers.not(200));
        }
        for (int i = 0; i < 3; i++) {
            given().urlEncodingEnabled(false).header("X-Forwarded-For", "203.0.113.9").auth().preemptive()
                    .basic(Api.EDITOR, "guess-" + i).accept("application/json").get("/api;x/topics");
        }
        given().urlEncodingEnabled(false).header("X-Forwarded-For", "203.0.113.9").auth().preemptive()
                .basic(Api.EDITOR, "guess-again").accept("application/json").get("/api;x/topics").then().statusCode(429);
    }

    private static Response login(String address, String username, String password) {
        return given().header("X-Forwarded-For", address).auth().preemptive().basic(username, password)
                .accept("application/json").get("/api/topics");
    }
}
