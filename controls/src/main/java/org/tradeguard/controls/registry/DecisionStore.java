package org.tradeguard.controls.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tradeguard.controls.BadTradeDataException;
import org.tradeguard.controls.Inputs;
import org.tradeguard.controls.TradeJson;
import org.tradeguard.model.trade.Assessment;

/**
 * Decisions in JSON files, one per decision ({@code decisions/<id>.json}): the inputs (transaction,
 * evaluation date, screening results, licences and EUCs as they stood), the data versions and the
 * result, with its retention period. Written to a temporary file and renamed, so a decision is
 * recorded whole or not at all.
 */
public final class DecisionStore {
    private static final Pattern ID = Pattern.compile("dec-[0-9a-f]{20}");

    private final Path dir;

    public DecisionStore(Path dir) {
        this.dir = dir;
    }

    /** A stored decision: its inputs and the assessment JSON as recorded. */
    public record Stored(Inputs inputs, JsonNode assessment) {}

    public void save(Inputs inputs, Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decision_id", a.decisionId());
        m.put("inputs", TradeJson.inputs(inputs));
        m.put("assessment", TradeJson.assessment(a));
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(a.decisionId() + ".json");
            Path tmp = Files.createTempFile(dir, a.decisionId() + "-", ".tmp");
            Files.writeString(tmp, TradeJson.write(m), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Stored> find(String decisionId) {
        if (!ID.matcher(decisionId).matches()) {
            throw new BadTradeDataException("decision id: \"" + decisionId + "\" is not a decision id (dec- and 20 hex digits)");
        }
        Path p = dir.resolve(decisionId + ".json");
        if (!Files.exists(p)) {
            return Optional.empty();
        }
        try {
            JsonNode n = new ObjectMapper().readTree(Files.readString(p, StandardCharsets.UTF_8));
            return Optional.of(new Stored(TradeJson.inputs(p.toString() + "#inputs", n.get("inputs")), n.get("assessment")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
