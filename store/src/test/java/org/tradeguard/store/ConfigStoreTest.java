package org.tradeguard.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;

class ConfigStoreTest {
    @Nested
    class OnSqlite extends ConfigStoreContract {
        @Override
        Database open(Path dir) {
            return TestDatabases.sqlite(dir);
        }
    }

    @Nested
    class OnPostgres extends ConfigStoreContract {
        @Override
        Database open(Path dir) {
            return TestDatabases.postgres();
        }
    }
}
