package org.tradeguard.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;

class ApiKeyStoreTest {
    @Nested
    class OnSqlite extends ApiKeyStoreContract {
        @Override
        Database open(Path dir) {
            return TestDatabases.sqlite(dir);
        }
    }

    @Nested
    class OnPostgres extends ApiKeyStoreContract {
        @Override
        Database open(Path dir) {
            return TestDatabases.postgres();
        }
    }
}
