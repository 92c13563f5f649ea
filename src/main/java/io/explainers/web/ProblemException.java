package io.explainers.web;

/** Ends a request with a problem; thrown inside a transaction, it also rolls that back, so nothing is written. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
