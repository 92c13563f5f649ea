package io.explainers.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.explainers.web.ExplainersConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The page cache stays within its configured bytes counting what its entries hold on the heap, not only the bodies: a
 * cache full of small pages is where leaving out the key, validators and entries shows most.
 */
class PageCacheWeightTest {

    private static final int MEGABYTES = 1;

    @Test
    void smallPagesFillTheCacheByWhatTheyHold() {
        PageCache cache = new PageCache(config(MEGABYTES), new SimpleMeterRegistry());
        Instant modified = Instant.parse("2026-01-01T00:00:00Z");
        long leastPerPage = Long.MAX_VALUE;
        for (int n = 0; n < 20_000; n++) {
            String path = "/topics/scale-topic-" + n;
            CachedPage page = CachedPage.of(CachedPage.HTML, "<p>page " + n + "</p>", modified);
            cache.get(path, () -> page);
            leastPerPage = Math.min(leastPerPage, held(path, page));
        }
        cache.pages().cleanUp();
        long pages = cache.pages().estimatedSize();
        assertTrue(pages > 0, "the cache keeps pages");
        assertTrue(pages * leastPerPage <= MEGABYTES * 1024L * 1024L,
                pages + " pages of at least " + leastPerPage + " bytes each are more than " + MEGABYTES + " MB");
    }

    /**
     * A lower bound of what a cached page holds, counted here independently of the weigher: every array's and string's
     * bytes with a 16-byte array header, and a 12-byte header for each object (the record, its Instant, four strings,
     * the cache's node and the hash table's node).
     */
    private static long held(String path, CachedPage page) {
        long arrays = page.plain().length + page.gzip().length + path.length() + page.etag().length()
                + page.gzipEtag().length() + page.lastModifiedHeader().length();
        return arrays + 6 * 16 + 8 * 12;
    }

    private static ExplainersConfig config(int megabytes) {
        ExplainersConfig.Cache cache = (ExplainersConfig.Cache) Proxy.newProxyInstance(
                PageCacheWeightTest.class.getClassLoader(), new Class<?>[] { ExplainersConfig.Cache.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "maxMegabytes" -> megabytes;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ExplainersConfig) Proxy.newProxyInstance(PageCacheWeightTest.class.getClassLoader(),
                new Class<?>[] { ExplainersConfig.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "cache" -> cache;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
