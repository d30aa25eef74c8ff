package org.tradeguard.server;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.tradeguard.store.Database;

class ServerApiTest {
    @Nested
    class OnSqlite extends ServerApiContract {
        @Override
        Database open(Path dir) {
            return TestDatabases.sqlite(dir.resolve("server.db"));
        }
    }

    @Nested
    class OnPostgres extends ServerApiContract {
        @Override
        Database open(Path dir) {
            return TestDatabases.postgres();
        }
    }
}
