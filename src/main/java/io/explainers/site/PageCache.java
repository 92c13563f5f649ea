package io.explainers.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finished pages by path. A page is rendered on the first request after it changed and then served from here until
 * the content changes again. Bounded by size, so a large site keeps its most visited pages and renders the rest.
 * Hits and misses are counted as {@code explainers_page_cache_requests_total{result=hit|miss}}.
 */
@ApplicationScoped
public class PageCache {

    private final Cache<String, CachedPage> pages;
    /** Bumped by every eviction: a page rendered before an eviction must not be stored after it. */
    private final AtomicLong generation = new AtomicLong();
    private final Counter hits;
    private final Counter misses;

    PageCache(@ConfigProperty(name = "explainers.cache.max-megabytes", defaultValue = "12") int maxMegabytes,
            MeterRegistry registry) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxMegabytes * 1024L * 1024L)
                .<String, CachedPage>weigher((path, page) -> page.weight())
                .build();
        this.hits = requests(registry, "hit");
        this.misses = requests(registry, "miss");
        Gauge.builder("explainers.page.cache.pages", pages, Cache::estimatedSize)
                .description("Pages held in the render cache").register(registry);
    }

    private static Counter requests(MeterRegistry registry, String result) {
        return Counter.builder("explainers.page.cache.requests")
                .description("Page requests answered from the render cache (hit) or rendered (miss)")
                .tag("result", result)
                .register(registry);
    }

    /** The hot path's lookup: a page ready to send, or null; only hits are counted, a miss is counted where it renders. */
    public CachedPage hit(String path) {
        CachedPage page = pages.getIfPresent(path);
        if (page != null) {
            hits.increment();
        }
        return page;
    }

    /** The cached page at this path, rendering it when absent; {@code null} when the renderer finds nothing. */
    public CachedPage get(String path, Supplier<CachedPage> renderer) {
        CachedPage page = hit(path);
        if (page != null) {
            return page;
        }
        misses.increment();
        long before = generation.get();
        page = renderer.get();
        if (page != null) {
            pages.put(path, page);
            if (generation.get() != before) {
                // Content changed while this page was rendering: it may show the old content.
                pages.asMap().remove(path, page);
            }
        }
        return page;
    }

    /** Looks without counting: for tests and diagnostics. */
    public CachedPage peek(String path) {
        return pages.getIfPresent(path);
    }

    public void evict(Collection<String> paths) {
        generation.incrementAndGet();
        pages.invalidateAll(paths);
    }

    /** Drops every page whose path matches, for example every topic page. */
    public void evictIf(Predicate<String> path) {
        generation.incrementAndGet();
        pages.asMap().keySet().removeIf(path);
    }

    public void evictAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    public long hits() {
        return (long) hits.count();
    }

    public long misses() {
        return (long) misses.count();
    }
}
