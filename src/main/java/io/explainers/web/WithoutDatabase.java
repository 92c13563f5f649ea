package io.explainers.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource that answers without the database, so it keeps answering while the database cannot be reached; every
 * other resource is then answered with the 503 at once, unless the page is in the page cache
 * ({@code io.explainers.ops.DatabaseUnavailable}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WithoutDatabase {
}
