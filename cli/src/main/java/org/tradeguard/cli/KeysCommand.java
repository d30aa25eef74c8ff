package org.tradeguard.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tradeguard.server.ApiKeys;
import org.tradeguard.store.ApiKey;
import org.tradeguard.store.Role;
import org.tradeguard.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tradeguard keys create|list|revoke}: API keys, straight in the database (works while the server runs). */
@Command(name = "keys", description = "Create, list and revoke API keys.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
final class KeysCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: create, list or revoke");
    }

    @Command(name = "create", description = "Create a key and print it once (stdout); only its SHA-256 is stored.")
    static final class Create implements Callable<Integer> {
        @Option(names = "--role", required = true, description = "screener, analyst, admin or auditor.")
        String role;

        @Option(names = "--label", defaultValue = "", description = "A note on whose key it is.")
        String label;

        @Mixin
        DbOption db;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Role r = Role.ofCode(role.toLowerCase(Locale.ROOT)).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "--role must be screener, analyst, admin or auditor, got '" + role + "'"));
            Stores stores = db.open(Clock.systemUTC());
            try {
                ApiKeys.Created c = ApiKeys.create(stores, Clock.systemUTC(), r, label, DbOption.actor());
                spec.commandLine().getOut().println(c.secret());
                spec.commandLine().getErr().println("tradeguard: created " + c.key().id() + " (role " + r.code()
                        + "); the key above is shown only this once");
                return Tradeguard.OK;
            } finally {
                stores.database().close();
            }
        }
    }

    @Command(name = "list", description = "List keys (never their secrets).")
    static final class ListKeys implements Callable<Integer> {
        @Mixin
        DbOption db;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Stores stores = db.open(Clock.systemUTC());
            try {
                PrintWriter out = spec.commandLine().getOut();
                for (ApiKey k : stores.database().read(tx -> stores.keys().list(tx))) {
                    out.printf(Locale.ROOT, "%s  %-8s  created %s by %s  %s  %s%n", k.id(), k.role().code(), k.createdAt(),
                            k.createdBy(), k.revoked() ? "revoked " + k.revokedAt() : "valid", k.label());
                }
                return Tradeguard.OK;
            } finally {
                stores.database().close();
            }
        }
    }

    @Command(name = "revoke", description = "Revoke a key by its id (key_...).")
    static final class Revoke implements Callable<Integer> {
        @Parameters(paramLabel = "KEY_ID")
        String id;

        @Mixin
        DbOption db;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Stores stores = db.open(Clock.systemUTC());
            try {
                if (!ApiKeys.revoke(stores, Clock.systemUTC(), id, DbOption.actor())) {
                    throw new BadInputException("no valid key " + id);
                }
                spec.commandLine().getErr().println("tradeguard: revoked " + id);
                return Tradeguard.OK;
            } finally {
                stores.database().close();
            }
        }
    }
}
