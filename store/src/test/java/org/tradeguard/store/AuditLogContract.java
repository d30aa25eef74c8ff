package org.tradeguard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of {@link AuditLog}; run on each database by {@link AuditLogTest}. */
abstract class AuditLogContract extends ContractBase {

    private void appendFive() {
        for (int i = 1; i <= 5; i++) {
            int n = i;
            clock.advanceSeconds(1);
            db.write(tx -> stores.audit().append(tx, "key_" + n, "screening", "scr_" + n, "{\"n\":" + n + "}"));
        }
    }

    /** Writes a well-formed entry chained onto {@code prevHash}, as a forger with database access would. */
    private void forge(long seq, String prevHash) {
        String hash = AuditChain.hash(T0, "key_x", "screening", "scr_x", "{}", prevHash);
        TestDatabases.exec(db, "INSERT INTO audit_log (seq, at_ms, actor, action, subject, details, prev_hash, hash) VALUES ("
                + seq + ", " + T0.toEpochMilli() + ", 'key_x', 'screening', 'scr_x', '{}', '" + prevHash + "', '" + hash + "')");
    }

    @Test
    void entriesAreChainedInOrder() {
        appendFive();
        List<AuditEntry> all = db.read(tx -> stores.audit().list(tx, 0, 100));
        assertThat(all).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(all.get(0).prevHash()).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).prevHash()).isEqualTo(all.get(i - 1).hash());
        }
        assertThat(all.get(2).at()).isEqualTo(T0.plusSeconds(3));
        assertThat(all.get(2).details()).isEqualTo("{\"n\":3}");
        List<AuditEntry> page = db.read(tx -> stores.audit().list(tx, 3, 1));
        assertThat(page).extracting(AuditEntry::seq).containsExactly(4L);
        long size = db.read(tx -> stores.audit().size(tx));
        assertThat(size).isEqualTo(5);
    }

    @Test
    void anIntactLogVerifies() {
        var empty = db.read(tx -> stores.audit().verify(tx));
        assertThat(empty).isEmpty();
        appendFive();
        var findings = db.read(tx -> stores.audit().verify(tx));
        assertThat(findings).isEmpty();
    }

    @Test
    void anAlteredEntryIsNamed() {
        appendFive();
        TestDatabases.exec(db, "UPDATE audit_log SET details = '{\"n\":99}' WHERE seq = 3");
        var findings = db.read(tx -> stores.audit().verify(tx));
        assertThat(findings).containsExactly(new AuditFinding(AuditFinding.Kind.ALTERED, 3,
                "entry 3 (screening) does not match its hash: its content was changed"));
    }

    @Test
    void aDeletedEntryIsNamed() {
        appendFive();
        TestDatabases.exec(db, "DELETE FROM audit_log WHERE seq = 2");
        var findings = db.read(tx -> stores.audit().verify(tx));
        assertThat(findings).extracting(AuditFinding::kind, AuditFinding::seq)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditFinding.Kind.DELETED, 2L));
    }

    @Test
    void aDeletedTailIsNamed() {
        appendFive();
        TestDatabases.exec(db, "DELETE FROM audit_log WHERE seq >= 4");
        var findings = db.read(tx -> stores.audit().verify(tx));
        assertThat(findings).extracting(AuditFinding::kind, AuditFinding::seq)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditFinding.Kind.DELETED, 4L));
    }

    @Test
    void anInsertedEntryIsNamed() {
        appendFive();
        // A forged entry slipped in at position 3, correctly hashed onto entry 2; the rest move up one.
        List<AuditEntry> all = db.read(tx -> stores.audit().list(tx, 0, 100));
        AuditEntry two = all.get(1);
        TestDatabases.exec(db, "UPDATE audit_log SET seq = seq + 100 WHERE seq >= 3");
        TestDatabases.exec(db, "UPDATE audit_log SET seq = seq - 99 WHERE seq >= 103");
        forge(3, two.hash());
        TestDatabases.exec(db, "UPDATE audit_head SET seq = 6");
        var findings = db.read(tx -> stores.audit().verify(tx));
        assertThat(findings).extracting(AuditFinding::kind, AuditFinding::seq)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditFinding.Kind.INSERTED, 3L));
    }

    @Test
    void anEntryAppendedBehindTheHeadIsNamed() {
        appendFive();
        List<AuditEntry> all = db.read(tx -> stores.audit().list(tx, 0, 100));
        forge(6, all.get(4).hash());
        var findings = db.read(tx -> stores.audit().verify(tx));
        assertThat(findings).extracting(AuditFinding::kind, AuditFinding::seq)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditFinding.Kind.INSERTED, 6L));
    }

    @Test
    void concurrentAppendsKeepOneChain() throws Exception {
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int n = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    db.write(tx -> stores.audit().append(tx, "key_" + n, "screening", "", "{}"));
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        var findings = db.read(tx -> stores.audit().verify(tx));
        long size = db.read(tx -> stores.audit().size(tx));
        assertThat(findings).isEmpty();
        assertThat(size).isEqualTo(100);
    }
}
