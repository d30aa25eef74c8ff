package org.tradeguard.lists.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Schema;

/**
 * One FtM entity object ({@code {"id", "schema", "properties": {prop: [values]}, "datasets",
 * "last_change", ...}}) -> an entity builder. Properties are kept 1:1; {@code caption},
 * {@code referents}, {@code target}, {@code first_seen} and {@code last_seen} have no place in the
 * model and are not kept.
 */
final class FtmEntityReader {

    /** Where the object was read, for problem reports. */
    record Where(IngestReport.Builder report, String file, int line) {
        String location() {
            return "line " + line;
        }

        void skip(String recordId, String field, String message) {
            report.skip(new RecordProblem(file, location(), recordId, field, message));
        }

        void problem(String recordId, String field, String message) {
            report.problem(new RecordProblem(file, location(), recordId, field, message));
        }
    }

    /** An entity read from one line, waiting for the snapshot. */
    record Read(Entity.Builder entity, String raw, LocalDate lastChange) {}

    private final String sourceId;

    FtmEntityReader(String sourceId) {
        this.sourceId = sourceId;
    }

    /** The id of an entity object, or null (reported as a skipped record) when it has none. */
    static String id(JsonNode node, Where where) {
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            where.skip("", "id", "entity without an id");
            return null;
        }
        return id.asText();
    }

    /**
     * The entity, or empty when it was skipped (reported) or has a schema the model does not
     * know (counted as {@code unknown schema: X}).
     */
    Optional<Read> read(JsonNode node, String raw, Where where) {
        String id = id(node, where);
        if (id == null) {
            return Optional.empty();
        }
        JsonNode schemaNode = node.get("schema");
        if (schemaNode == null || !schemaNode.isTextual()) {
            where.skip(id, "schema", "entity without a schema");
            return Optional.empty();
        }
        Optional<Schema> schema = Schema.ofCode(schemaNode.asText());
        if (schema.isEmpty()) {
            where.report().count("unknown schema: " + schemaNode.asText());
            return Optional.empty();
        }
        JsonNode props = node.path("properties");
        if (!props.isMissingNode() && !props.isObject()) {
            where.skip(id, "properties", "properties is not an object: " + RecordProblem.cut(props.toString()));
            return Optional.empty();
        }
        Entity.Builder b = Entity.builder(id, schema.get(), null);
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            addValues(b, p.getKey(), p.getValue(), where);
        }
        for (JsonNode d : node.path("datasets")) {
            if (d.isTextual()) {
                b.dataset(d.asText());
            }
        }
        b.dataset(sourceId);
        return Optional.of(new Read(b, raw, lastChange(node, id, where)));
    }

    private static void addValues(Entity.Builder b, String property, JsonNode values, Where where) {
        if (!values.isArray()) {
            where.problem(b.id(), property, "values are not a list: " + RecordProblem.cut(values.toString()));
            return;
        }
        for (JsonNode v : values) {
            if (v.isTextual()) {
                b.add(property, v.asText());
            } else {
                // nested entities (FtM's "nested" export) and numbers are not FtM property values
                where.problem(b.id(), property, "value is not a string: " + RecordProblem.cut(v.toString()));
            }
        }
    }

    private static LocalDate lastChange(JsonNode node, String id, Where where) {
        JsonNode lc = node.get("last_change");
        if (lc == null || lc.isNull()) {
            return null;
        }
        String s = lc.asText();
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            where.problem(id, "last_change", "not a date: " + RecordProblem.cut(s));
            return null;
        }
    }
}
