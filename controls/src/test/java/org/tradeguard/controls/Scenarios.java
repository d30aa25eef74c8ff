package org.tradeguard.controls;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tradeguard.model.trade.Euc;
import org.tradeguard.model.trade.Licence;
import org.tradeguard.model.trade.Transaction;

/** Test helpers: read a transaction file, screen it through the fixture, look up the registry fixture. */
final class Scenarios {
    private Scenarios() {}

    static final FixtureScreening SCREENING = FixtureScreening.load();
    static final Controls CONTROLS = new Controls(ReferenceData.bundled());

    static Path dir() {
        try {
            return Path.of(Scenarios.class.getResource("/scenarios").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Licence> registryLicences() {
        JsonNode r = TradeJson.parse("registry.json", read(dir().resolve("registry.json")));
        List<Licence> out = new ArrayList<>();
        for (int i = 0; i < r.get("licences").size(); i++) {
            out.add(TradeJson.licence("registry.json#licences[" + i + "]", r.get("licences").get(i)));
        }
        return out;
    }

    static List<Euc> registryEucs() {
        JsonNode r = TradeJson.parse("registry.json", read(dir().resolve("registry.json")));
        List<Euc> out = new ArrayList<>();
        for (int i = 0; i < r.get("eucs").size(); i++) {
            out.add(TradeJson.euc("registry.json#eucs[" + i + "]", r.get("eucs").get(i)));
        }
        return out;
    }

    static Inputs inputs(Transaction t, LocalDate date) {
        List<Licence> ls = registryLicences().stream().filter(l -> t.licences().contains(l.number())).toList();
        List<Euc> es = registryEucs().stream().filter(e -> t.eucs().contains(e.number())).toList();
        return new Inputs(t, date, Controls.screen(t, SCREENING), ls, es);
    }

    static Inputs inputs(Path file) {
        Transaction t = TradeJson.transaction(file.getFileName().toString(), read(file));
        return inputs(t, t.date());
    }
}
