package org.tradeguard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Contract of {@link ScreeningStore}; run on each database by {@link ScreeningStoreTest}. */
abstract class ScreeningStoreContract extends ContractBase {

    static Screening screening(String id, String batch) {
        return new Screening(id, T0, "key_a", batch, "ref-" + id, "fp1", "alert", 1, "v1",
                "{\"name\":\"Ivan Petrov\"}", "{\"hits\":[]}");
    }

    @Test
    void storesAndFindsAScreeningWithEveryField() {
        Screening s = screening("scr_1", null);
        db.write(tx -> {
            stores.screenings().insert(tx, s);
            return null;
        });
        var found = db.read(tx -> stores.screenings().find(tx, "scr_1"));
        var missing = db.read(tx -> stores.screenings().find(tx, "scr_nope"));
        long count = db.read(tx -> stores.screenings().count(tx));
        assertThat(found).contains(s);
        assertThat(missing).isEmpty();
        assertThat(count).isEqualTo(1);
    }

    @Test
    void keepsNonAsciiTextExactly() {
        Screening s = new Screening("scr_u", T0, "key_a", null, null, "fp", "clear", 0, "v1",
                "{\"name\":\"Мухаммад аль-Хусейн 金正恩 \uD83D\uDE00\"}", "{}");
        db.write(tx -> {
            stores.screenings().insert(tx, s);
            return null;
        });
        var found = db.read(tx -> stores.screenings().find(tx, "scr_u"));
        assertThat(found.orElseThrow().request()).isEqualTo(s.request());
    }

    @Test
    void listsABatchInOrder() {
        db.write(tx -> {
            stores.screenings().insert(tx, screening("scr_1", "bat_1"));
            stores.screenings().insert(tx, screening("scr_2", "bat_1"));
            stores.screenings().insert(tx, screening("scr_3", "bat_2"));
            return null;
        });
        var batch = db.read(tx -> stores.screenings().batch(tx, "bat_1"));
        assertThat(batch).extracting(Screening::id).containsExactly("scr_1", "scr_2");
    }

    @Test
    void aFailedTransactionStoresNothing() {
        assertThatThrownBy(() -> db.write(tx -> {
            stores.screenings().insert(tx, screening("scr_1", "bat_1"));
            stores.screenings().insert(tx, screening("scr_1", "bat_1"));
            return null;
        })).isInstanceOf(StoreException.class);
        long count = db.read(tx -> stores.screenings().count(tx));
        assertThat(count).isZero();
    }

    @Test
    void migratingTwiceChangesNothing() {
        assertThat(db.migrate()).isZero();
    }
}
