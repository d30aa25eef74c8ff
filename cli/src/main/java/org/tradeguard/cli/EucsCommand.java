package org.tradeguard.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tradeguard.controls.TradeJson;
import org.tradeguard.controls.registry.EucRegistry;
import org.tradeguard.controls.registry.Registries;
import org.tradeguard.model.trade.Euc;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eucs", description = "The end-user certificate registry.", subcommands = {EucsCommand.Add.class, EucsCommand.ListCmd.class})
final class EucsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: add or list");
    }

    @Command(name = "add", description = "Add certificates from a JSON file (an object or an array). All or nothing.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.json")
        Path file;

        @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = TradeFiles.DEFAULT_DIR)
        Path dataDir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Euc> eucs = TradeFiles.records(file, TradeJson::euc);
            EucRegistry r = Registries.under(dataDir).eucs();
            TradeFiles.addAll(file, eucs, Euc::number, n -> r.find(n).isPresent(), r::add, "EUC");
            spec.commandLine().getErr().println("tradeguard: added " + eucs.size() + " EUC(s) to " + dataDir.resolve("eucs.json"));
            return Tradeguard.OK;
        }
    }

    @Command(name = "list", description = "List the certificates.")
    static final class ListCmd implements Callable<Integer> {
        @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = TradeFiles.DEFAULT_DIR)
        Path dataDir;

        @Option(names = "--format", defaultValue = "text")
        OutputFormat format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Euc> all = Registries.under(dataDir).eucs().list();
            var out = spec.commandLine().getOut();
            if (format == OutputFormat.json) {
                out.println(TradeJson.write(all.stream().map(TradeJson::euc).toList()));
                return Tradeguard.OK;
            }
            out.printf(Locale.ROOT, "%-20s %-30s %-4s %-10s %-10s %s%n", "number", "end user", "dest", "from", "to", "clause");
            for (Euc e : all) {
                out.printf(Locale.ROOT, "%-20s %-30s %-4s %-10s %-10s %s%n", e.number(), e.endUser(), e.destination(), e.validFrom(), e.validTo(),
                        e.noReexportClause() ? "no-reexport" : "MISSING");
            }
            return Tradeguard.OK;
        }
    }
}
