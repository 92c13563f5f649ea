package io.explainers.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The site-wide content version: one row, bumped in the same transaction as every content change. On PostgreSQL the
 * change also notifies {@value #CHANNEL} with the new version, which the database delivers to listening replicas
 * when, and only if, the change commits.
 */
@ApplicationScoped
public class ContentVersion {

    /** The PostgreSQL channel other replicas listen on; the payload is the new version. */
    public static final String CHANNEL = "explainers_content";

    private final boolean notifies;

    ContentVersion(@ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.notifies = "postgresql".equals(databaseKind);
    }

    /** Bumps the version and returns the new one; the row stays locked until the change commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    long bump() {
        Panache.getEntityManager()
                .createNativeQuery("update content_version set version = version + 1 where id = 1")
                .executeUpdate();
        long version = current();
        if (notifies) {
            // NOTIFY takes no parameters; the payload is a number.
            Panache.getEntityManager().createNativeQuery("notify " + CHANNEL + ", '" + version + "'").executeUpdate();
        }
        return version;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public long current() {
        return ((Number) Panache.getEntityManager()
                .createNativeQuery("select version from content_version where id = 1")
                .getSingleResult()).longValue();
    }
}
