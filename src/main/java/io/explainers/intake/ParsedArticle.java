package io.explainers.intake;

import java.util.List;

/**
 * What reading an article gave: the article, what was filled in or left out (warnings), and what stops it from being
 * imported (errors). An article with errors is null.
 */
public record ParsedArticle(Article article, List<Finding> warnings, List<Finding> errors) {

    public boolean readable() {
        return errors.isEmpty();
    }
}
