package io.explainers.site;

import io.smallrye.config.ConfigMapping;

/** {@code explainers.http.*}: how long browsers and a CDN in front may keep public pages, in seconds. */
@ConfigMapping(prefix = "explainers.http")
public interface HttpCacheConfig {

    int maxAge();

    /** How long a cache may serve a stale page while it fetches a fresh one. */
    int staleWhileRevalidate();

    /** How long a cache may serve a stale page when the site answers with an error or not at all. */
    int staleIfError();
}
