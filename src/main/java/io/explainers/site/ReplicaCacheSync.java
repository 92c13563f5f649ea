package io.explainers.site;

import io.explainers.content.ContentVersion;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentSkipListSet;
import org.jboss.logging.Logger;

/**
 * Keeps this replica's page cache honest when another replica changes content. Every change bumps the content
 * version in the shared database; this polls it every few seconds. Versions this replica produced itself were already
 * evicted precisely (see {@link PageInvalidation}); any other version means content changed elsewhere, and since the
 * counter does not say what changed, the whole cache is dropped. Staleness is bounded by the poll interval, with no
 * message broker. While the database is unreachable the cache keeps serving what it has.
 */
@ApplicationScoped
public class ReplicaCacheSync {

    private static final Logger LOG = Logger.getLogger(ReplicaCacheSync.class);

    private final PageCache cache;
    private final ReadNext readNext;
    private final ContentVersion contentVersion;
    private final ConcurrentSkipListSet<Long> handledHere = new ConcurrentSkipListSet<>();
    private volatile long known = -1;
    private volatile boolean databaseWasDown;

    ReplicaCacheSync(PageCache cache, ReadNext readNext, ContentVersion contentVersion) {
        this.cache = cache;
        this.readNext = readNext;
        this.contentVersion = contentVersion;
    }

    void handledHere(long version) {
        handledHere.add(version);
    }

    @Scheduled(every = "${explainers.cache.replica-poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        long current;
        try {
            current = contentVersion.current();
        } catch (RuntimeException e) {
            if (!databaseWasDown) {
                LOG.warnf("Cannot read the content version (%s); serving cached pages until the database is back", e.getMessage());
                databaseWasDown = true;
            }
            return;
        }
        databaseWasDown = false;
        sync(current);
    }

    /** Brings the cache up to {@code current}; returns whether it had to drop everything. */
    boolean sync(long current) {
        long before = known;
        if (before == -1 || current == before) {
            known = current;
            return false;
        }
        boolean allHere = true;
        for (long version = before + 1; version <= current; version++) {
            allHere &= handledHere.contains(version);
        }
        handledHere.headSet(current, true).clear();
        known = current;
        if (!allHere) {
            LOG.debugf("Content changed on another replica (version %d -> %d): dropping cached pages", before, current);
            readNext.refresh();
            cache.evictAll();
        }
        return !allHere;
    }
}
