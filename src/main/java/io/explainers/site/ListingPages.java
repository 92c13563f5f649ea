package io.explainers.site;

import java.util.List;

/** The cache keys of pages that list topics, so that any topic change must refresh them. */
final class ListingPages {

    static final List<String> PATHS = List.of(HomeResource.PATH, NotFoundPage.KEY);

    private ListingPages() {
    }
}
