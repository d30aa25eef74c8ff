package org.tradeguard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract of {@link ConfigStore}; run on each database by {@link ConfigStoreTest}. */
abstract class ConfigStoreContract extends ContractBase {

    @Test
    void theNewestChangeIsInForceAndTheHistoryIsKept() {
        Map<String, String> empty = db.read(tx -> stores.config().current(tx));
        assertThat(empty).isEmpty();
        db.write(tx -> {
            stores.config().record(tx, new ConfigChange("four_eyes", "true", "key_1", T0));
            stores.config().record(tx, new ConfigChange("high_band", "0.95", "key_1", T0.plusSeconds(1)));
            stores.config().record(tx, new ConfigChange("four_eyes", "false", "key_2", T0.plusSeconds(2)));
            return null;
        });
        Map<String, String> now = db.read(tx -> stores.config().current(tx));
        assertThat(now).containsExactlyInAnyOrderEntriesOf(Map.of("four_eyes", "false", "high_band", "0.95"));
        var history = db.read(tx -> stores.config().history(tx));
        assertThat(history).containsExactly(
                new ConfigChange("four_eyes", "true", "key_1", T0),
                new ConfigChange("high_band", "0.95", "key_1", T0.plusSeconds(1)),
                new ConfigChange("four_eyes", "false", "key_2", T0.plusSeconds(2)));
    }
}
