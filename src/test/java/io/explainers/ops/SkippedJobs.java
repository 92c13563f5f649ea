package io.explainers.ops;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.explainers.web.DatabaseReachability;
import io.quarkus.scheduler.SkippedExecution;

/** The scheduled jobs that skipped a turn because the database did not answer, as the scheduler reports them. */
@Singleton
public class SkippedJobs {

    private final Set<String> whileUnreachable = ConcurrentHashMap.newKeySet();

    void skipped(@Observes SkippedExecution skipped) {
        // The scheduler names the predicate that skipped the turn; a turn skipped because the last one still runs says so.
        if (DatabaseReachability.Unreachable.class.getName().equals(skipped.getDetail())) {
            whileUnreachable.add(skipped.getExecution().getTrigger().getMethodDescription());
        }
    }

    /** Like {@code io.explainers.site.ReplicaCacheSync#poll}. */
    boolean skippedWhileUnreachable(String method) {
        return whileUnreachable.contains(method);
    }
}
