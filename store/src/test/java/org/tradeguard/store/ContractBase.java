package org.tradeguard.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every port's contract test shares: a fresh migrated database per test (SQLite or
 * PostgreSQL, chosen by the concrete subclass) and a fixed clock.
 */
abstract class ContractBase {
    static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    @TempDir
    Path dir;
    Database db;
    Stores stores;
    final MutableClock clock = new MutableClock(T0);

    /** The database under test. */
    abstract Database open(Path dir);

    @BeforeEach
    void openDatabase() {
        db = open(dir);
        stores = Stores.jdbc(db, clock);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advanceSeconds(long s) {
            now = now.plusSeconds(s);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
