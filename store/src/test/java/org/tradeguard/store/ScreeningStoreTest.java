package org.tradeguard.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;

class ScreeningStoreTest {
    @Nested
    class OnSqlite extends ScreeningStoreContract {
        @Override
        Database open(Path dir) {
            return TestDatabases.sqlite(dir);
        }
    }

    @Nested
    class OnPostgres extends ScreeningStoreContract {
        @Override
        Database open(Path dir) {
            return TestDatabases.postgres();
        }
    }
}
