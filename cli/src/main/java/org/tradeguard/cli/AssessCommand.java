package org.tradeguard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tradeguard.controls.Assessor;
import org.tradeguard.controls.BadTradeDataException;
import org.tradeguard.controls.Controls;
import org.tradeguard.controls.PartyScreening;
import org.tradeguard.controls.ReferenceData;
import org.tradeguard.controls.TradeJson;
import org.tradeguard.controls.registry.Registries;
import org.tradeguard.matching.ScreenOptions;
import org.tradeguard.model.trade.Assessment;
import org.tradeguard.model.trade.Decision;
import org.tradeguard.model.trade.Reason;
import org.tradeguard.model.trade.Transaction;
import org.tradeguard.server.ListScreening;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "assess", description = {
    "Decide whether a proposed export (and its payment) may proceed, with the reasons and evidence.",
    "Exit 0 when the decision is PROCEED, 1 for PROHIBITED, LICENSE_REQUIRED or HOLD_FOR_REVIEW, 3 for a bad transaction file."})
final class AssessCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "TRANSACTION.json", description = "The transaction (schema: controls/TRANSACTION-SCHEMA.md).")
    Path file;

    @Option(names = "--replay", paramLabel = "DECISION_ID", description = "Recompute a recorded decision from its recorded inputs and compare.")
    String replay;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Evaluation date for dated data (default: the transaction date).")
    String date;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = TradeFiles.DEFAULT_DIR,
            description = "Registries and recorded decisions (default: ./${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--negative-list", paramLabel = "CSV", description = "An extra negative-list table by HS code (P-3 CSV); repeatable.")
    List<Path> negativeLists = new ArrayList<>();

    @Option(names = "--lists", paramLabel = "IDS", description = "Lists to screen against, e.g. ofac,csl (default: all bundled).")
    String lists;

    @Option(names = "--no-lists", description = "Do not screen parties (no list is loaded).")
    boolean noLists;

    @Option(names = "--report-dir", paramLabel = "DIR", description = "For a block or reject, write the R-1 / R-3 report (JSON and HTML) here.")
    Path reportDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if ((file == null) == (replay == null)) {
            throw new CommandLine.ParameterException(cl, "give either TRANSACTION.json or --replay DECISION_ID");
        }
        ReferenceData data = TradeFiles.withNegativeLists(ReferenceData.bundled(), negativeLists);
        Controls controls = new Controls(data);
        PrintWriter out = cl.getOut();
        if (replay != null) {
            Registries registries = Registries.under(dataDir);
            Assessor assessor = new Assessor(controls, PartyScreening.none(), registries.licences(), registries.eucs(), registries.decisions());
            Assessor.Replay r;
            try {
                r = assessor.replay(replay).orElseThrow(() -> new BadInputException("no recorded decision " + replay + " in " + dataDir.resolve("decisions")));
            } catch (BadTradeDataException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            if (format == OutputFormat.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("decision_id", r.decisionId());
                m.put("same_decision", r.sameDecision());
                m.put("changed_data", r.changedData());
                m.put("recorded", r.recorded());
                m.put("recomputed", TradeJson.assessment(r.recomputed()));
                out.println(TradeJson.write(m));
            } else {
                out.printf(Locale.ROOT, "replay %s: %s (recorded %s, recomputed %s)%n", r.decisionId(),
                        r.sameDecision() ? "SAME DECISION" : "DIFFERENT DECISION", r.recorded().get("outcome").asText(), r.recomputed().decision().outcome());
                if (r.changedData().isEmpty()) {
                    out.println("  data versions: unchanged");
                } else {
                    r.changedData().forEach(c -> out.println("  data changed: " + c));
                }
            }
            return r.sameDecision() ? Tradeguard.OK : Tradeguard.ALERT;
        }
        Transaction t;
        try {
            t = TradeJson.transaction(file.toString(), TradeFiles.read(file));
        } catch (BadTradeDataException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        LocalDate evaluation = t.date();
        if (date != null) {
            try {
                evaluation = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(cl, "--date: '" + date + "' is not a date YYYY-MM-DD");
            }
        }
        PartyScreening screening = PartyScreening.none();
        if (!noLists) {
            Catalog catalog = Catalog.load(lists, cl);
            screening = new ListScreening(catalog.loads(), catalog.screener(), ScreenOptions.defaults());
        }
        Registries registries = Registries.under(dataDir);
        Assessor assessor = new Assessor(controls, screening, registries.licences(), registries.eucs(), registries.decisions());
        Assessment a = assessor.assess(t, evaluation);
        if (reportDir != null) {
            Reports.write(reportDir, t, a, data, cl.getErr());
        }
        if (format == OutputFormat.json) {
            out.println(TradeJson.write(TradeJson.assessment(a)));
        } else {
            text(out, a);
        }
        return a.decision() instanceof Decision.Proceed ? Tradeguard.OK : Tradeguard.ALERT;
    }

    static void text(PrintWriter out, Assessment a) {
        Decision d = a.decision();
        String head = switch (d) {
            case Decision.Prohibited p -> "PROHIBITED (" + p.kind().code() + ")";
            case Decision.LicenseRequired l -> "LICENSE_REQUIRED: " + String.join(", ", l.requirements())
                    + (l.exceptionAvailable() ? " (a licence exception may be available)" : " (no licence exception)");
            case Decision.HoldForReview h -> "HOLD_FOR_REVIEW";
            case Decision.Proceed p -> "PROCEED on " + p.authority().code() + ": " + p.reference();
        };
        out.printf(Locale.ROOT, "%s  %s  (transaction %s, evaluated at %s)%n", a.decisionId(), head, a.transactionId(), a.evaluationDate());
        if (d instanceof Decision.LicenseRequired l) {
            l.policies().forEach(p -> out.println("  expected review policy  " + p));
        }
        for (Reason r : d.reasons()) {
            out.printf(Locale.ROOT, "  %-16s %-6s %-28s %s%n", r.effect().code().toUpperCase(Locale.ROOT), r.ruleId(), r.code(), r.message());
            out.printf(Locale.ROOT, "  %-16s        cites %s%n", "", r.citation());
            if (r.source() != null) {
                out.printf(Locale.ROOT, "  %-16s        data  %s (%s)%n", "", r.source(), r.sourceVersion());
            }
            r.matched().forEach(m -> out.printf(Locale.ROOT, "  %-16s        match %s%n", "", m));
            if (r.policy() != null) {
                out.printf(Locale.ROOT, "  %-16s        policy %s%n", "", r.policy());
            }
            out.printf(Locale.ROOT, "  %-16s        input %s%n", "", String.join(", ", r.inputs()));
        }
        out.printf(Locale.ROOT, "  retention: %d years, keep until at least %s%s%n", a.retention().years(), a.retention().keepUntil(),
                a.retention().untilUnblocked() ? " (blocked property: the blocked period plus " + a.retention().years() + " years after unblocking)" : "");
        if (!a.licencesUsed().isEmpty()) {
            out.println("  licences drawn on: " + String.join(", ", a.licencesUsed()));
        }
        out.println("  data: " + String.join(", ", a.dataVersions().stream().map(v -> v.id() + " " + v.version()).toList()));
    }
}
