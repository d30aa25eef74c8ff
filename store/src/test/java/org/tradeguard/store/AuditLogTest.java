package org.tradeguard.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;

class AuditLogTest {
    @Nested
    class OnSqlite extends AuditLogContract {
        @Override
        Database open(Path dir) {
            return TestDatabases.sqlite(dir);
        }
    }

    @Nested
    class OnPostgres extends AuditLogContract {
        @Override
        Database open(Path dir) {
            return TestDatabases.postgres();
        }
    }
}
