package io.explainers.content;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The site-wide content version: one row, bumped in the same transaction as every content change. */
@ApplicationScoped
public class ContentVersion {

    /** Bumps the version and returns the new one; the row stays locked until the change commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    long bump() {
        Panache.getEntityManager()
                .createNativeQuery("update content_version set version = version + 1 where id = 1")
                .executeUpdate();
        return current();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public long current() {
        return ((Number) Panache.getEntityManager()
                .createNativeQuery("select version from content_version where id = 1")
                .getSingleResult()).longValue();
    }
}
