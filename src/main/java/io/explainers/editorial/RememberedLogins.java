package io.explainers.editorial;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.explainers.web.ExplainersConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.smallrye.mutiny.Uni;

/**
 * Remembers a login the password check accepted, for {@code explainers.login.verified-for}. HTTP Basic sends the
 * password with every API request, and quarkus-security-jpa checks it with bcrypt every time: a database read and,
 * at the production cost, tens of milliseconds of CPU per request, so an editors' tool making thousands of changes
 * spent most of its time proving the same password again. Asked first (a higher priority than the JPA provider), it
 * answers from memory when the same username comes with the same password within that time, and otherwise hands the
 * request to the JPA provider and remembers what it accepted.
 * <p>
 * What is kept is an HMAC of the password under a key made at start and never stored, compared in constant time; a
 * wrong password is never answered from memory but goes to the full check (and the login throttle counts it). A user
 * removed, or whose password or roles changed in the database, is held to the old ones for at most that time on each
 * replica: no API changes users, and a zero duration turns remembering off.
 */
@ApplicationScoped
class RememberedLogins implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private record Remembered(byte[] passwordMac, SecurityIdentity identity) {
    }

    /** Only logins that passed the check are kept, so one per user: far more than an editorial team has. */
    private static final int MOST_USERS = 10_000;

    private final JpaIdentityProvider passwordCheck;
    private final Cache<String, Remembered> logins;
    private final SecretKeySpec key;
    private final Counter remembered;

    RememberedLogins(JpaIdentityProvider passwordCheck, ExplainersConfig config, MeterRegistry registry) {
        this.passwordCheck = passwordCheck;
        this.logins = Caffeine.newBuilder()
                .maximumSize(MOST_USERS)
                .expireAfterWrite(config.login().verifiedFor())
                .build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.remembered = LoginThrottle.logins(registry, "remembered");
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return passwordCheck.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        byte[] mac = mac(request.getPassword().getPassword());
        Remembered login = logins.getIfPresent(username);
        if (login != null && MessageDigest.isEqual(login.passwordMac(), mac)) {
            remembered.increment();
            return Uni.createFrom().item(login.identity());
        }
        return passwordCheck.authenticate(request, context).onItem().transform(identity -> {
            if (identity == null) {
                // Not "ask the next provider": that is the same password check again.
                throw new AuthenticationFailedException();
            }
            logins.put(username, new Remembered(mac, identity));
            return identity;
        });
    }

    private byte[] mac(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(bytes);
            return hmac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        } finally {
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }
}
