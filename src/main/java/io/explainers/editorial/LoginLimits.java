package io.explainers.editorial;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code explainers.login.*}: how many failed logins a client address, and a username, may have before they wait. */
@ConfigMapping(prefix = "explainers.login")
public interface LoginLimits {

    /** Failed logins from one client address, at once; then one more each {@code window / failures-per-address}. */
    @WithDefault("10")
    int failuresPerAddress();

    /** Failed logins for one username from anywhere, at once; then one more each {@code window / failures-per-username}. */
    @WithDefault("10")
    int failuresPerUsername();

    /** How long an exhausted allowance takes to fill up again. */
    @WithDefault("5m")
    Duration window();

    /** How many client addresses and usernames are remembered; the least recently seen are forgotten first. */
    @WithDefault("100000")
    int remembered();
}
