package io.explainers.editorial;

/** One thing wrong with a request: where ({@code sections[0].heading}, a header, a parameter) and what. */
public record FieldError(String field, String message) {
}
