package io.explainers.editorial;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.explainers.web.ExplainersConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Creates the first administrator, holding both roles, from {@code explainers.admin.username} and
 * {@code explainers.admin.password} when nobody can log in yet. No password ships with the application: without these
 * settings the API simply has no users. Once a user exists the settings are ignored, so changing them later changes
 * nothing and a leaked old value cannot recreate an account.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);
    static final int MIN_PASSWORD_LENGTH = 12;
    /** What bcrypt, the hash that keeps passwords, reads of one. */
    static final int BCRYPT_BYTES = 72;
    /** SQLSTATE for a unique key violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Optional<String> username;
    private final Optional<String> password;

    FirstAdministrator(ExplainersConfig config) {
        this.username = config.admin().username().filter(name -> !name.isBlank());
        this.password = config.admin().password().filter(secret -> !secret.isBlank());
    }

    void onStart(@Observes StartupEvent start) {
        if (QuarkusTransaction.requiringNew().call(() -> EditorialUser.count()) > 0) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            LOG.info("The editorial API has no users: set explainers.admin.username and explainers.admin.password "
                    + "(EXPLAINERS_ADMIN_USERNAME, EXPLAINERS_ADMIN_PASSWORD) to create the first administrator.");
            return;
        }
        weakness(username.get(), password.get()).ifPresent(weakness -> {
            throw new IllegalStateException("Explainers cannot start: the first administrator's password "
                    + "(EXPLAINERS_ADMIN_PASSWORD) " + weakness + ". Choose a long passphrase of your own.");
        });
        if (create(username.get(), password.get())) {
            LOG.infof("Created the first administrator, %s, with the roles editor and reviewer.", username.get());
        } else {
            LOG.infof("The first administrator, %s, was created by another replica starting at the same time.", username.get());
        }
    }

    /** Why this password may not guard the account that can do everything, if it may not. */
    static Optional<String> weakness(String username, String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("is shorter than " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("is the username");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_BYTES) {
            // bcrypt reads no further: any password with the same first 72 bytes would log in.
            return Optional.of("is longer than " + BCRYPT_BYTES + " bytes in UTF-8, and only its first " + BCRYPT_BYTES
                    + " would count");
        }
        return Optional.empty();
    }

    /**
     * Creates the administrator; false when another replica, starting on the same empty database, created it between
     * our look and our insert. The username's unique key settles that race: the loser's insert fails and is let go.
     */
    boolean create(String username, String password) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                EditorialUser.create(username, password, Set.of(Roles.EDITOR, Roles.REVIEWER));
                EditorialUser.flush();
            });
            return true;
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
