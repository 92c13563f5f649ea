package io.explainers.editorial;

/** Who may do what through the editorial API. */
public final class Roles {

    /** Writes, publishes, archives and restores topics. */
    public static final String EDITOR = "editor";
    /** Records that the content of a topic was checked. */
    public static final String REVIEWER = "reviewer";

    private Roles() {
    }
}
