package io.explainers.editorial;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the first administrator, holding both roles, from {@code explainers.admin.username} and
 * {@code explainers.admin.password} when nobody can log in yet. No password ships with the application: without these
 * settings the API simply has no users. Once a user exists the settings are ignored, so changing them later changes
 * nothing and a leaked old value cannot recreate an account.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);

    private final Optional<String> username;
    private final Optional<String> password;

    FirstAdministrator(@ConfigProperty(name = "explainers.admin.username") Optional<String> username,
            @ConfigProperty(name = "explainers.admin.password") Optional<String> password) {
        this.username = username.filter(name -> !name.isBlank());
        this.password = password.filter(secret -> !secret.isBlank());
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        if (EditorialUser.count() > 0) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            LOG.info("The editorial API has no users: set explainers.admin.username and explainers.admin.password "
                    + "(EXPLAINERS_ADMIN_USERNAME, EXPLAINERS_ADMIN_PASSWORD) to create the first administrator.");
            return;
        }
        EditorialUser.create(username.get(), password.get(), Set.of(Roles.EDITOR, Roles.REVIEWER));
        LOG.infof("Created the first administrator, %s, with the roles editor and reviewer.", username.get());
    }
}
