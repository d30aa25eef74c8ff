package org.tradeguard.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tradeguard.store.ApiKey;
import org.tradeguard.store.Ids;
import org.tradeguard.store.Role;
import org.tradeguard.store.Stores;
import org.tradeguard.store.Tx;

/**
 * Creating, checking and revoking API keys. A key is {@code tg_} and 32 random bytes in URL-safe
 * base 64; only its SHA-256 is stored (a key has 256 bits of entropy, so a plain hash is enough: no
 * dictionary to guess from). Creation and revocation are audited in the same transaction.
 */
public final class ApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {}

    /** A key as created: the secret, shown once, and its record. */
    public record Created(String secret, ApiKey key) {}

    public static Created create(Stores stores, Clock clock, Role role, String label, String actor) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = "tg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ApiKey key = new ApiKey(Ids.next("key", at), role, label == null ? "" : label, actor, at, null);
        stores.database().write(tx -> {
            stores.keys().insert(tx, key, hash(secret));
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("role", role.code());
            d.put("label", key.label());
            stores.audit().append(tx, actor, "key.create", key.id(), Json.canonical(d));
            return null;
        });
        return new Created(secret, key);
    }

    /** Revokes a key; false when there is no such key or it was revoked before. */
    public static boolean revoke(Stores stores, Clock clock, String keyId, String actor) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return stores.database().write(tx -> {
            boolean done = stores.keys().revoke(tx, keyId, at);
            if (done) {
                stores.audit().append(tx, actor, "key.revoke", keyId, "{}");
            }
            return done;
        });
    }

    /** The valid (not revoked) key with this secret. */
    static Optional<ApiKey> check(Tx tx, Stores stores, String secret) {
        return stores.keys().findByHash(tx, hash(secret)).filter(k -> !k.revoked());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
