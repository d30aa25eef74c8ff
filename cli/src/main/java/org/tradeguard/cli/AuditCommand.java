package org.tradeguard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tradeguard.store.AuditEntry;
import org.tradeguard.store.AuditFinding;
import org.tradeguard.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tradeguard audit verify|export}: check the hash chain; write the log out. */
@Command(name = "audit", description = "Verify or export the hash-chained audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
final class AuditCommand implements Runnable {
    /** Exit code of a log that fails verification: like a screening that alerts, something needs a look. */
    static final int TAMPERED = 1;
    private static final ObjectMapper COMPACT = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: verify or export");
    }

    @Command(name = "verify", description = "Walk the chain; name every altered, inserted or deleted entry. Exit 0 intact, 1 not.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        DbOption db;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Stores stores = db.open(Clock.systemUTC());
            try {
                List<AuditFinding> findings = stores.database().read(tx -> stores.audit().verify(tx));
                long size = stores.database().read(tx -> stores.audit().size(tx));
                PrintWriter out = spec.commandLine().getOut();
                if (findings.isEmpty()) {
                    out.println("intact: " + size + " entries, chain and head agree");
                    return Tradeguard.OK;
                }
                for (AuditFinding f : findings) {
                    out.println(f.kind().code() + "  entry " + f.seq() + "  " + f.detail());
                }
                out.println("NOT intact: " + findings.size() + " finding(s) in " + size + " entries");
                return TAMPERED;
            } finally {
                stores.database().close();
            }
        }
    }

    @Command(name = "export", description = "Write every entry, oldest first, to stdout.")
    static final class Export implements Callable<Integer> {
        @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (one JSON object per line; the only format).")
        String format;

        @Mixin
        DbOption db;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws JsonProcessingException {
            if (!format.equals("jsonl")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format must be jsonl, got '" + format + "'");
            }
            Stores stores = db.open(Clock.systemUTC());
            try {
                PrintWriter out = spec.commandLine().getOut();
                long after = 0;
                while (true) {
                    long from = after;
                    List<AuditEntry> page = stores.database().read(tx -> stores.audit().list(tx, from, 1000));
                    for (AuditEntry e : page) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("seq", e.seq());
                        m.put("at", e.at().toString());
                        m.put("actor", e.actor());
                        m.put("action", e.action());
                        m.put("subject", e.subject());
                        m.put("details", e.details());
                        m.put("prev_hash", e.prevHash());
                        m.put("hash", e.hash());
                        out.println(COMPACT.writeValueAsString(m));
                        after = e.seq();
                    }
                    if (page.size() < 1000) {
                        break;
                    }
                }
                out.flush();
                return Tradeguard.OK;
            } finally {
                stores.database().close();
            }
        }
    }
}
