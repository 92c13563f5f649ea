package io.explainers.intake;

/** Something an editor should know about one line of an article: a problem that stops the import, or a warning. */
public record Finding(int line, String message) {
}
