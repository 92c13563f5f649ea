package io.explainers.indexnow;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** IndexNow on, with a key, posting to {@link IndexNowStub}; the tests send by hand. */
public class WithIndexNow implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(IndexNowStub.class));
    }
}
