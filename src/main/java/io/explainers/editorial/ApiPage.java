package io.explainers.editorial;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.explainers.web.FieldError;
import io.explainers.web.Problem;
import io.explainers.web.ProblemException;

/**
 * A page of one of the API's lists: {@code ?page=} (from 1) and {@code ?size=} (1 to {@value #MAX_SIZE}, else
 * {@value #DEFAULT_SIZE}). The body stays a plain JSON array; where it sits in the whole list is said by headers: the
 * total in {@code X-Total-Count} and the neighbouring pages as RFC 8288 {@code Link}s, {@code rel="prev"} and
 * {@code rel="next"}.
 */
record ApiPage(int number, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    static final String TOTAL_COUNT = "X-Total-Count";

    /** Some items of a list and how many the whole list has. */
    record Items<T>(List<T> items, long total) {
    }

    /** Reads the query parameters as given, so that anything but a number in range is a 400 naming the parameter. */
    static ApiPage of(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int number = parse(page, 1, Integer.MAX_VALUE, "page", "must be a whole number from 1", errors);
        int perPage = parse(size, DEFAULT_SIZE, MAX_SIZE, "size", "must be a whole number from 1 to " + MAX_SIZE, errors);
        if ((long) (number - 1) * perPage > Integer.MAX_VALUE) {
            // The database's offset is an int: past it, the page wrapped around to a negative offset (a 500) or to page 1.
            errors.add(new FieldError("page", "must be a whole number from 1 to " + (Integer.MAX_VALUE / perPage + 1)
                    + " with size " + perPage));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The page of the list is not valid.", errors));
        }
        return new ApiPage(number, perPage);
    }

    private static int parse(String value, int absent, int max, String name, String message, List<FieldError> errors) {
        if (value == null) {
            return absent;
        }
        if (value.matches("[1-9][0-9]{0,9}")) {
            long parsed = Long.parseLong(value);
            if (parsed <= max) {
                return (int) parsed;
            }
        }
        errors.add(new FieldError(name, message));
        return absent;
    }

    int index() {
        return number - 1;
    }

    /** A 200 with the page's items and the headers that place it in the list. */
    <T> Response response(Items<T> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page.items())
                .header(TOTAL_COUNT, page.total());
        long pages = (page.total() + size - 1) / size;
        if (number > 1) {
            response.header("Link", link(uri, Math.min(number - 1, Math.max(pages, 1)), "prev"));
        }
        if (number < pages) {
            response.header("Link", link(uri, number + 1, "next"));
        }
        return response.build();
    }

    private String link(UriInfo uri, long page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size).build()
                + ">; rel=\"" + rel + "\"";
    }
}
