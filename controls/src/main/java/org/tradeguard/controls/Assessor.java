package org.tradeguard.controls;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tradeguard.controls.registry.DecisionStore;
import org.tradeguard.controls.registry.EucRegistry;
import org.tradeguard.controls.registry.LicenceRegistry;
import org.tradeguard.model.trade.Assessment;
import org.tradeguard.model.trade.DataVersion;
import org.tradeguard.model.trade.Euc;
import org.tradeguard.model.trade.Item;
import org.tradeguard.model.trade.Licence;
import org.tradeguard.model.trade.Transaction;

/**
 * Runs an assessment end to end: screen, read the registries, decide, draw on the licences the
 * decision relies on, record the decision. A licence use that no longer fits (another use drew on it
 * meanwhile) makes it decide again from the registry as it now stands; a failure to record gives
 * the uses back, so nothing is half-recorded.
 */
public final class Assessor {
    /** Each retry follows a concurrent use that succeeded, so a few suffice; more means the registry is thrashing. */
    private static final int ATTEMPTS = 10;

    private final Controls controls;
    private final PartyScreening screening;
    private final LicenceRegistry licences;
    private final EucRegistry eucs;
    private final DecisionStore store;

    public Assessor(Controls controls, PartyScreening screening, LicenceRegistry licences, EucRegistry eucs, DecisionStore store) {
        this.controls = controls;
        this.screening = screening;
        this.licences = licences;
        this.eucs = eucs;
        this.store = store;
    }

    public Assessment assess(Transaction t, LocalDate evaluationDate) {
        List<ScreenedParty> screened = Controls.screen(t, screening);
        for (int attempt = 1; ; attempt++) {
            List<Licence> ls = new ArrayList<>();
            t.licences().forEach(n -> licences.find(n).ifPresent(ls::add));
            List<Euc> es = new ArrayList<>();
            t.eucs().forEach(n -> eucs.find(n).ifPresent(es::add));
            Inputs inputs = new Inputs(t, evaluationDate, screened, ls, es);
            Assessment a = controls.decide(inputs);
            BigDecimal q = Authorisations.sum(t.items().stream().map(Item::quantity).toList());
            BigDecimal v = Authorisations.sum(t.items().stream().map(Item::value).toList());
            List<String> drawn = new ArrayList<>();
            boolean fits = true;
            for (String number : a.licencesUsed()) {
                if (licences.use(number, q, v) instanceof LicenceRegistry.Use.Used) {
                    drawn.add(number);
                } else {
                    fits = false;
                    break;
                }
            }
            if (!fits) {
                drawn.forEach(n -> licences.release(n, q, v));
                if (attempt < ATTEMPTS) {
                    continue;
                }
                throw new IllegalStateException("licences " + a.licencesUsed() + " changed during " + ATTEMPTS + " attempts to assess " + t.id());
            }
            boolean saved = false;
            try {
                store.save(inputs, a);
                saved = true;
            } finally {
                if (!saved) {
                    // the decision was not recorded: give back what it drew on the licences
                    drawn.forEach(n -> licences.release(n, q, v));
                }
            }
            return a;
        }
    }

    /**
     * The result of a replay: the decision as recorded, as recomputed from the recorded inputs with the
     * reference data loaded now, and which data versions differ.
     */
    public record Replay(String decisionId, JsonNode recorded, Assessment recomputed, boolean sameDecision,
                         List<String> changedData) {}

    public Optional<Replay> replay(String decisionId) {
        Optional<DecisionStore.Stored> stored = store.find(decisionId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        JsonNode recorded = stored.get().assessment();
        Assessment again = controls.decide(stored.get().inputs());
        JsonNode now = TradeJson.MAPPER.valueToTree(TradeJson.assessment(again));
        boolean same = recorded.get("outcome").equals(now.get("outcome")) && recorded.get("reasons").equals(now.get("reasons"))
                && recorded.path("kind").equals(now.path("kind")) && recorded.path("reference").equals(now.path("reference"));
        List<String> changed = new ArrayList<>();
        for (JsonNode v : recorded.get("data_versions")) {
            String id = v.get("id").asText();
            Optional<DataVersion> cur = again.dataVersions().stream().filter(d -> d.id().equals(id)).findFirst();
            if (cur.isEmpty() || !cur.get().version().equals(v.get("version").asText())
                    || !String.valueOf(cur.get().sha256()).equals(v.path("sha256").asText("null"))) {
                changed.add(id + " " + v.get("version").asText() + " -> " + cur.map(DataVersion::version).orElse("(absent)"));
            }
        }
        return Optional.of(new Replay(decisionId, recorded, again, same, changed));
    }
}
