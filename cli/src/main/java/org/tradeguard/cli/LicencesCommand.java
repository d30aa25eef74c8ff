package org.tradeguard.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tradeguard.controls.BadTradeDataException;
import org.tradeguard.controls.TradeJson;
import org.tradeguard.controls.registry.LicenceRegistry;
import org.tradeguard.controls.registry.Registries;
import org.tradeguard.model.trade.Licence;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "licences", description = "The licence registry (BIS, OFAC GL/SL, EU, national).",
        subcommands = {LicencesCommand.Add.class, LicencesCommand.ListCmd.class})
final class LicencesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: add or list");
    }

    @Command(name = "add", description = {"Add licences from a JSON file (an object or an array) or a CSV file with the header",
        "number,authority,requirements,parties,items,destinations,valid_from,valid_to,quantity_limit,value_limit,currency,conditions",
        "(list cells separated by ';'). All or nothing: one bad or duplicate record adds none."})
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = TradeFiles.DEFAULT_DIR)
        Path dataDir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Licence> licences = file.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? csv(file)
                    : TradeFiles.records(file, TradeJson::licence);
            LicenceRegistry r = Registries.under(dataDir).licences();
            TradeFiles.addAll(file, licences, Licence::number, n -> r.find(n).isPresent(), r::add, "licence");
            spec.commandLine().getErr().println("tradeguard: added " + licences.size() + " licence(s) to " + dataDir.resolve("licences.json"));
            return Tradeguard.OK;
        }
    }

    static List<Licence> csv(Path file) {
        String text = TradeFiles.read(file);
        List<Licence> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build())) {
            for (CSVRecord rec : p) {
                ObjectNode n = JsonNodeFactory.instance.objectNode();
                for (String col : p.getHeaderNames()) {
                    String v = rec.isMapped(col) ? rec.get(col) : "";
                    if (v == null || v.isBlank()) {
                        continue;
                    }
                    switch (col) {
                        case "requirements", "parties", "items", "destinations" -> {
                            var arr = n.putArray(col);
                            for (String s : v.split(";")) {
                                if (!s.isBlank()) {
                                    arr.add(s.strip());
                                }
                            }
                        }
                        case "quantity_limit", "quantity_used", "value_limit", "value_used" -> {
                            try {
                                n.put(col, new BigDecimal(v));
                            } catch (NumberFormatException e) {
                                throw new BadInputException(file + ": line " + (rec.getRecordNumber() + 1) + ", column " + col + ": '" + v + "' is not a number");
                            }
                        }
                        default -> n.put(col, v);
                    }
                }
                try {
                    out.add(TradeJson.licence(file + ": line " + (rec.getRecordNumber() + 1), n));
                } catch (BadTradeDataException e) {
                    throw new BadInputException(e.getMessage().replace(": $.", ", column "), e);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(file + ": not a valid CSV file: " + e.getMessage(), e);
        }
        return out;
    }

    @Command(name = "list", description = "List the licences with what remains of them.")
    static final class ListCmd implements Callable<Integer> {
        @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = TradeFiles.DEFAULT_DIR)
        Path dataDir;

        @Option(names = "--format", defaultValue = "text")
        OutputFormat format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Licence> all = Registries.under(dataDir).licences().list();
            var out = spec.commandLine().getOut();
            if (format == OutputFormat.json) {
                out.println(TradeJson.write(all.stream().map(TradeJson::licence).toList()));
                return Tradeguard.OK;
            }
            out.printf(Locale.ROOT, "%-16s %-9s %-10s %-10s %-14s %-14s %s%n", "number", "authority", "from", "to", "qty left", "value left", "destinations");
            for (Licence l : all) {
                out.printf(Locale.ROOT, "%-16s %-9s %-10s %-10s %-14s %-14s %s%n", l.number(), l.authority().code(), l.validFrom(),
                        l.validTo() == null ? "open" : l.validTo(), plain(l.remainingQuantity()), plain(l.remainingValue()), String.join(",", l.destinations()));
            }
            return Tradeguard.OK;
        }

        private static String plain(BigDecimal b) {
            return b == null ? "unlimited" : b.stripTrailingZeros().toPlainString();
        }
    }
}
