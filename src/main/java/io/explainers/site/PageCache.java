package io.explainers.site;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.explainers.web.ExplainersConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.vertx.core.Context;

/**
 * Finished pages by path. A page is rendered on the first request after it changed and then served from here until
 * the content changes again. Bounded by size, so a large site keeps its most visited pages and renders the rest.
 * Requests for a page that is being rendered wait for that rendering instead of starting their own, so a burst of
 * requests after an eviction (or for a share card, which is costly to draw) costs one rendering per page.
 * Requests are counted as {@code explainers_page_cache_requests_total{result=hit|miss|shared}}: a miss rendered the
 * page, a shared one waited for another request's rendering.
 * <p>
 * For the miss benchmark only ({@code src/bench/miss-render.sh}), the Quarkus profile {@value #BENCH_PROFILE}
 * bypasses the cache: nothing is stored or shared, so every page request renders. It is a profile rather than a
 * setting so that no configuration file or environment variable of a production deployment can turn it on; a
 * deployment would have to be started as the benchmark.
 */
@ApplicationScoped
public class PageCache {

    /** The Quarkus profile ({@code -Dquarkus.profile=bench}) that makes every page request render. */
    public static final String BENCH_PROFILE = "bench";

    private static final Logger LOG = Logger.getLogger(PageCache.class);

    private final Cache<String, CachedPage> pages;
    /** Renderings under way, by path; each is removed once its page is stored (or it failed). */
    private final ConcurrentHashMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();
    /** Bumped by every eviction: a page rendered before an eviction must not be stored after it. */
    private final AtomicLong generation = new AtomicLong();
    private final Counter hits;
    private final Counter misses;
    private final Counter shared;
    private final boolean bypassed;

    PageCache(ExplainersConfig config, MeterRegistry registry) {
        this.bypassed = ConfigUtils.isProfileActive(BENCH_PROFILE);
        if (bypassed) {
            LOG.warn("The page cache is bypassed (the bench profile): every page request renders. Never in production.");
        }
        int maxMegabytes = config.cache().maxMegabytes();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxMegabytes * 1024L * 1024L)
                .<String, CachedPage> weigher((path, page) -> page.weight(path))
                .build();
        this.hits = requests(registry, "hit");
        this.misses = requests(registry, "miss");
        this.shared = requests(registry, "shared");
        Gauge.builder("explainers.page.cache.pages", pages, Cache::estimatedSize)
                .description("Pages held in the render cache").register(registry);
    }

    private static Counter requests(MeterRegistry registry, String result) {
        return Counter.builder("explainers.page.cache.requests")
                .description(
                        "Page requests answered from the render cache (hit), rendered (miss) or given another request's rendering (shared)")
                .tag("result", result)
                .register(registry);
    }

    /** The hot path's lookup: a page ready to send, or null; only hits are counted, a miss is counted where it renders. */
    public CachedPage hit(String path) {
        if (bypassed) {
            return null;
        }
        CachedPage page = pages.getIfPresent(path);
        if (page != null) {
            hits.increment();
        }
        return page;
    }

    /**
     * The cached page at this path, rendering it when absent; {@code null} when the renderer finds nothing. Of
     * concurrent callers for one absent page, one renders and the others wait for its result (or its exception).
     * Callers are worker threads: an event-loop thread must not wait, so it renders on its own.
     */
    public CachedPage get(String path, Supplier<CachedPage> renderer) {
        if (bypassed) {
            misses.increment();
            return renderer.get();
        }
        CachedPage page = hit(path);
        if (page != null) {
            return page;
        }
        if (Context.isOnEventLoopThread()) {
            misses.increment();
            return render(path, renderer);
        }
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> underway = rendering.putIfAbsent(path, mine);
        if (underway != null) {
            shared.increment();
            return await(underway);
        }
        try {
            // It may have been stored between the lookup above and claiming the rendering.
            page = pages.getIfPresent(path);
            if (page == null) {
                misses.increment();
                page = render(path, renderer);
            } else {
                hits.increment();
            }
            mine.complete(page);
            return page;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            // After the page is stored, so a request arriving now finds it in the cache.
            rendering.remove(path, mine);
        }
    }

    private CachedPage render(String path, Supplier<CachedPage> renderer) {
        long before = generation.get();
        CachedPage page = renderer.get();
        if (page != null) {
            pages.put(path, page);
            if (generation.get() != before) {
                // Content changed while this page was rendering: it may show the old content.
                pages.asMap().remove(path, page);
            }
        }
        return page;
    }

    /** The other request's page, or its exception as it was thrown there, so it is answered the same way. */
    private static CachedPage await(CompletableFuture<CachedPage> underway) {
        try {
            return underway.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The cache itself: for tests. */
    Cache<String, CachedPage> pages() {
        return pages;
    }

    /** Looks without counting: for tests, and to tell whether a request needs the database. */
    public CachedPage peek(String path) {
        return pages.getIfPresent(path);
    }

    // A rendering under way when its page is evicted is forgotten too: later requests render the new content
    // instead of waiting for a page that will not be kept. Those already waiting get the page they asked for.

    public void evict(Collection<String> paths) {
        generation.incrementAndGet();
        rendering.keySet().removeAll(paths);
        pages.invalidateAll(paths);
    }

    /** Drops every page whose path matches, for example every topic page. */
    public void evictIf(Predicate<String> path) {
        generation.incrementAndGet();
        rendering.keySet().removeIf(path);
        pages.asMap().keySet().removeIf(path);
    }

    public void evictAll() {
        generation.incrementAndGet();
        rendering.clear();
        pages.invalidateAll();
    }

    public long hits() {
        return (long) hits.count();
    }

    public long misses() {
        return (long) misses.count();
    }

    public long shared() {
        return (long) shared.count();
    }
}
