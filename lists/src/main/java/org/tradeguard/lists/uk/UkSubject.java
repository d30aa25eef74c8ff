package org.tradeguard.lists.uk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Schema;
import org.tradeguard.model.Snapshot;

/**
 * One UK subject while its rows are gathered from the five files: the party, its Sanction, its
 * identity documents and every source line that contributed, for provenance.
 */
final class UkSubject {

    private final String uniqueId;
    private final Schema schema;
    private final Entity.Builder party;
    private final Entity.Builder sanction;
    /** Documents by (type, number, note): the derived files repeat each row several times. */
    private final Map<String, Entity.Builder> documents = new LinkedHashMap<>();
    private final StringBuilder raw = new StringBuilder();
    private final Set<String> seenLines = new HashSet<>();
    private final Provenance placeholder;
    private final String dataset;

    UkSubject(String dataset, String uniqueId, Schema schema, Provenance placeholder) {
        this.dataset = dataset;
        this.uniqueId = uniqueId;
        this.schema = schema;
        this.placeholder = placeholder;
        String id = "uk-" + uniqueId;
        this.party = Entity.builder(id, schema, placeholder).dataset(dataset);
        this.sanction = Entity.builder(id + "-sanction", Schema.SANCTION, placeholder).dataset(dataset)
                .add(Prop.ENTITY, id);
    }

    String uniqueId() {
        return uniqueId;
    }

    Schema schema() {
        return schema;
    }

    Entity.Builder party() {
        return party;
    }

    Entity.Builder sanction() {
        return sanction;
    }

    /**
     * Adds a source line to the subject's raw record, as {@code file:line: text}. The derived files
     * repeat a row many times under new row ids (80 copies of one passport row for AFG0006); a line
     * equal to an earlier one apart from its first field is left out, so returns false.
     */
    boolean raw(String file, int line, String text) {
        int comma = text.indexOf(',');
        if (!seenLines.add(file + '\u0000' + (comma >= 0 ? text.substring(comma + 1) : text))) {
            return false;
        }
        if (raw.length() > 0) {
            raw.append('\n');
        }
        raw.append(file).append(':').append(line).append(": ").append(text);
        return true;
    }

    /** The document for this key, created on first use with id {@code uk-<id>-doc-<n>}. */
    Entity.Builder document(String key, Schema schema) {
        return documents.computeIfAbsent(key, k -> Entity.builder(party.id() + "-doc-" + (documents.size() + 1),
                schema, placeholder).dataset(dataset).add(Prop.HOLDER, party.id()));
    }

    /** The finished entities: party, Sanction, then documents, all with the snapshot's provenance. */
    List<Entity> build(Snapshot snapshot) {
        Provenance p = new Provenance(snapshot, uniqueId, raw.toString());
        List<Entity> out = new ArrayList<>(2 + documents.size());
        out.add(party.provenance(p).build());
        out.add(sanction.provenance(p).build());
        for (Entity.Builder d : documents.values()) {
            out.add(d.provenance(p).build());
        }
        return out;
    }
}
