package org.tradeguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.tradeguard.controls.OfacReports;
import org.tradeguard.controls.ReferenceData;
import org.tradeguard.controls.TradeJson;
import org.tradeguard.model.trade.Assessment;
import org.tradeguard.model.trade.Transaction;

/** Writes the report of a decision, when there is one, as JSON and printable HTML. */
final class Reports {
    private Reports() {}

    static void write(Path dir, Transaction t, Assessment a, ReferenceData data, PrintWriter err) {
        Optional<Map<String, Object>> r = OfacReports.report(t, a, data);
        if (r.isEmpty()) {
            err.println("tradeguard: no OFAC report for outcome " + a.decision().outcome());
            return;
        }
        try {
            Files.createDirectories(dir);
            Path json = dir.resolve(a.decisionId() + "-report.json");
            Path html = dir.resolve(a.decisionId() + "-report.html");
            Files.writeString(json, TradeJson.write(r.get()), StandardCharsets.UTF_8);
            Files.writeString(html, OfacReports.html(r.get()), StandardCharsets.UTF_8);
            err.println("tradeguard: report due " + r.get().get("due_date") + " written to " + json + " and " + html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
