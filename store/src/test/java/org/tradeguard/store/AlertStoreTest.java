package org.tradeguard.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;

class AlertStoreTest {
    @Nested
    class OnSqlite extends AlertStoreContract {
        @Override
        Database open(Path dir) {
            return TestDatabases.sqlite(dir);
        }
    }

    @Nested
    class OnPostgres extends AlertStoreContract {
        @Override
        Database open(Path dir) {
            return TestDatabases.postgres();
        }
    }
}
