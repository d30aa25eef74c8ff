package org.tradeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceCommandsTest {
    @TempDir
    Path dir;

    @Test
    void keysAreCreatedListedAndRevokedAndTheAuditLogVerifiesAndExports() throws Exception {
        String db = dir.resolve("t.db").toString();
        CliRun created = CliRun.of("keys", "create", "--role", "analyst", "--label", "team a", "--db", db);
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out().strip()).startsWith("tg_");
        String id = created.err().replaceAll("(?s).*created (key_\\S+).*", "$1");
        CliRun list = CliRun.of("keys", "list", "--db", db);
        assertThat(list.out()).contains(id).contains("analyst").contains("valid").doesNotContain(created.out().strip());
        assertThat(CliRun.of("keys", "revoke", id, "--db", db).exit()).isZero();
        assertThat(CliRun.of("keys", "list", "--db", db).out()).contains("revoked");
        assertThat(CliRun.of("keys", "revoke", id, "--db", db).exit()).isEqualTo(Tradeguard.BAD_INPUT);
        assertThat(CliRun.of("keys", "create", "--role", "root", "--db", db).exit()).isEqualTo(Tradeguard.USAGE);

        CliRun verify = CliRun.of("audit", "verify", "--db", db);
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).contains("intact: 2 entries");
        CliRun export = CliRun.of("audit", "export", "--format", "jsonl", "--db", db);
        assertThat(export.out().strip().split("\n")).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"seq\":"));
        assertThat(export.out()).contains("\"action\":\"key.create\"").contains("\"action\":\"key.revoke\"");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 1");
        }
        CliRun tampered = CliRun.of("audit", "verify", "--db", db);
        assertThat(tampered.exit()).isEqualTo(AuditCommand.TAMPERED);
        assertThat(tampered.out()).contains("altered  entry 1").contains("NOT intact");
    }
}
