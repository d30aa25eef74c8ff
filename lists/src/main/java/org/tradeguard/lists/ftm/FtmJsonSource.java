package org.tradeguard.lists.ftm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.ListFormatException;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.ListSource;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Snapshot;

/**
 * FollowTheMoney entity files as OpenSanctions and yente publish them: JSON lines, one entity per
 * line ({@code *.ftm.json}), and delta files ({@code *.delta.json}) of
 * {@code {"op": "ADD"|"MOD"|"DEL", "entity": {...}}} lines. A load reads every entity file of the
 * input, then applies the delta files in name order: ADD inserts, MOD replaces, DEL removes by id.
 * Ids, schemata and properties are kept as given; each entity keeps its own datasets and also
 * belongs to this source's dataset.
 *
 * <p>{@code published} is the newest {@code last_change} of the entities loaded.
 */
public final class FtmJsonSource implements ListSource {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String id;
    private final String title;
    private final LocalDate publishedFallback;

    /** The OpenSanctions default: id {@code opensanctions}. */
    public FtmJsonSource() {
        this("opensanctions", "OpenSanctions (FollowTheMoney entities)", null);
    }

    /**
     * @param id                source id, also the dataset every entity is added to
     * @param title             human title
     * @param publishedFallback the publication date to record when no entity has a last_change; may be null
     */
    public FtmJsonSource(String id, String title, LocalDate publishedFallback) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.publishedFallback = publishedFallback;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    private enum Kind { ENTITIES, DELTA }

    @Override
    public ListLoad load(SourceInput input) throws IOException {
        IngestReport.Builder report = new IngestReport.Builder(id);
        List<String> entityFiles = new ArrayList<>();
        List<String> deltaFiles = new ArrayList<>();
        for (String name : input.files().stream().sorted().toList()) {
            if (name.endsWith(".ftm.json")) {
                entityFiles.add(name);
            } else if (name.endsWith(".delta.json")) {
                deltaFiles.add(name);
            } else {
                report.count("ignored file: " + name);
            }
        }
        if (entityFiles.isEmpty() && deltaFiles.isEmpty()) {
            throw new ListFormatException(input.origin(), "", "no *.ftm.json or *.delta.json file, found " + input.files());
        }
        FtmEntityReader reader = new FtmEntityReader(id);
        Map<String, FtmEntityReader.Read> entities = new LinkedHashMap<>();
        for (String file : entityFiles) {
            try (InputStream in = input.open(file)) {
                readLines(in, file, Kind.ENTITIES, (node, line, where) -> reader.read(node, line, where).ifPresent(r -> {
                    if (entities.put(r.entity().id(), r) != null) {
                        report.count("id repeated in entity files (later kept)");
                    }
                }), report);
            }
        }
        for (String file : deltaFiles) {
            try (InputStream in = input.open(file)) {
                readLines(in, file, Kind.DELTA, (node, line, where) -> applyOp(node, line, where, reader, entities), report);
            }
        }
        LocalDate published = entities.values().stream().map(FtmEntityReader.Read::lastChange)
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(publishedFallback);
        Snapshot snapshot = new Snapshot(id, title, published, input.sha256(), input.origin());
        List<Entity> built = entities.values().stream()
                .map(r -> r.entity().provenance(new Provenance(snapshot, r.entity().id(), r.raw())).build())
                .toList();
        return new ListLoad(snapshot, built, report.build());
    }

    @FunctionalInterface
    private interface LineHandler {
        void handle(JsonNode node, String line, FtmEntityReader.Where where);
    }

    /**
     * Reads JSON lines. A first line that is not a JSON object of the expected kind rejects the
     * file (it is not FtM); a later broken line is one broken record.
     */
    private static void readLines(InputStream in, String file, Kind kind, LineHandler handler, IngestReport.Builder report)
            throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        boolean seenRecord = false;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            FtmEntityReader.Where where = new FtmEntityReader.Where(report, file, lineNo);
            Optional<JsonNode> node = parse(line);
            String wrong = node.isEmpty() ? "not a JSON object"
                    : kind == Kind.DELTA && !node.get().has("op") ? "a JSON object without \"op\""
                    : kind == Kind.ENTITIES && !node.get().has("schema") && node.get().has("op") ? "a delta op, not an entity"
                    : null;
            if (wrong != null && !seenRecord) {
                throw new ListFormatException(file, "line " + lineNo, "expected "
                        + (kind == Kind.DELTA ? "FtM delta lines {\"op\", \"entity\"}" : "FtM entity JSON lines")
                        + ", found " + wrong + ": " + RecordProblem.cut(line));
            }
            seenRecord = true;
            report.record();
            if (wrong != null) {
                where.skip("", "", wrong + ": " + RecordProblem.cut(line));
                continue;
            }
            handler.handle(node.get(), line, where);
        }
        if (!seenRecord) {
            throw new ListFormatException(file, "", "empty file, expected FtM JSON lines");
        }
    }

    private static Optional<JsonNode> parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static void applyOp(JsonNode op, String line, FtmEntityReader.Where where, FtmEntityReader reader,
                                Map<String, FtmEntityReader.Read> entities) {
        String kind = op.path("op").asText();
        JsonNode entity = op.path("entity");
        if (!entity.isObject()) {
            where.skip("", "entity", "delta op without an entity object");
            return;
        }
        IngestReport.Builder report = where.report();
        switch (kind) {
            case "ADD", "MOD" -> reader.read(entity, line, where).ifPresent(r -> {
                boolean known = entities.containsKey(r.entity().id());
                // yente upserts either way; the counters show deltas that do not fit the base
                if (kind.equals("ADD") && known) {
                    report.count("delta ADD of an id already present (replaced)");
                } else if (kind.equals("MOD") && !known) {
                    report.count("delta MOD of an unknown id (added)");
                }
                entities.put(r.entity().id(), r);
                report.count("delta " + kind);
            });
            case "DEL" -> {
                String id = FtmEntityReader.id(entity, where);
                if (id == null) {
                    return;
                }
                if (entities.remove(id) == null) {
                    report.count("delta DEL of an unknown id");
                }
                report.count("delta DEL");
            }
            default -> where.skip("", "op", "unknown delta op " + RecordProblem.cut(kind));
        }
    }
}
