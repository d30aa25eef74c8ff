package org.tradeguard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Contract of {@link ApiKeyStore}; run on each database by {@link ApiKeyStoreTest}. */
abstract class ApiKeyStoreContract extends ContractBase {

    static ApiKey key(String id, Role role) {
        return new ApiKey(id, role, "label " + id, "cli", T0, null);
    }

    @Test
    void findsAKeyByItsHashAndId() {
        db.write(tx -> {
            stores.keys().insert(tx, key("key_1", Role.ANALYST), "h1");
            stores.keys().insert(tx, key("key_2", Role.AUDITOR), "h2");
            return null;
        });
        var byHash = db.read(tx -> stores.keys().findByHash(tx, "h2"));
        var byId = db.read(tx -> stores.keys().find(tx, "key_1"));
        var none = db.read(tx -> stores.keys().findByHash(tx, "nope"));
        assertThat(byHash).contains(key("key_2", Role.AUDITOR));
        assertThat(byId).contains(key("key_1", Role.ANALYST));
        assertThat(none).isEmpty();
        var all = db.read(tx -> stores.keys().list(tx));
        assertThat(all).extracting(ApiKey::id).containsExactly("key_1", "key_2");
    }

    @Test
    void revokesOnceAndKeepsTheRecord() {
        db.write(tx -> {
            stores.keys().insert(tx, key("key_1", Role.ADMIN), "h1");
            return null;
        });
        boolean first = db.write(tx -> stores.keys().revoke(tx, "key_1", T0.plusSeconds(5)));
        boolean second = db.write(tx -> stores.keys().revoke(tx, "key_1", T0.plusSeconds(9)));
        boolean unknown = db.write(tx -> stores.keys().revoke(tx, "key_x", T0));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(unknown).isFalse();
        ApiKey k = db.read(tx -> stores.keys().findByHash(tx, "h1")).orElseThrow();
        assertThat(k.revoked()).isTrue();
        assertThat(k.revokedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void aHashIsUnique() {
        assertThatThrownBy(() -> db.write(tx -> {
            stores.keys().insert(tx, key("key_1", Role.ADMIN), "h1");
            stores.keys().insert(tx, key("key_2", Role.ADMIN), "h1");
            return null;
        })).isInstanceOf(StoreException.class);
    }
}
