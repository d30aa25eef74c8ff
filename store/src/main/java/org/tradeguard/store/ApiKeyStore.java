package org.tradeguard.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: API keys, stored by the SHA-256 of the key. */
public interface ApiKeyStore {

    void insert(Tx tx, ApiKey key, String keyHash);

    /** The key with this hash, revoked or not. */
    Optional<ApiKey> findByHash(Tx tx, String keyHash);

    Optional<ApiKey> find(Tx tx, String id);

    /** All keys, oldest first. */
    List<ApiKey> list(Tx tx);

    /** Marks a key revoked; false when there is no such key or it was revoked already. */
    boolean revoke(Tx tx, String id, Instant at);
}
