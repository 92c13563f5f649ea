package io.explainers.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a request: where ({@code sections[0].heading}, a header, a parameter) and what. For an imported
 * article, also the line of the article it is about.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, Integer line) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
