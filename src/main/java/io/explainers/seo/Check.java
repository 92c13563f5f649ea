package io.explainers.seo;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One item of the editor's checklist: what was checked, how it went, and what to do about it in plain words. */
public record Check(String id, Status status, String message) {

    public enum Status {
        @JsonProperty("good")
        GOOD,
        @JsonProperty("improve")
        IMPROVE,
        @JsonProperty("problem")
        PROBLEM
    }

    static Check good(String id, String message) {
        return new Check(id, Status.GOOD, message);
    }

    static Check improve(String id, String message) {
        return new Check(id, Status.IMPROVE, message);
    }

    static Check problem(String id, String message) {
        return new Check(id, Status.PROBLEM, message);
    }
}
