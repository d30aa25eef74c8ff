package org.tradeguard.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One list entry in FollowTheMoney shape: an id, a schema and multi-valued string properties
 * named as in FtM ({@link Prop}). Immutable; build with {@link #builder}.
 *
 * @param id         stable id: {@code ofac-<ent_num>}, {@code un-<reference>}, {@code uk-<id>},
 *                   {@code csl-<source>-<id>}, {@code dpl-<n>}, FtM ids as given
 * @param schema     FtM schema
 * @param properties property name -> distinct non-blank values, in source order
 * @param datasets   dataset names the entity belongs to (our source id, or FtM datasets)
 * @param provenance where it was read from
 */
public record Entity(String id, Schema schema, Map<String, List<String>> properties, Set<String> datasets,
                     Provenance provenance) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(provenance, "provenance");
        if (id.isBlank()) {
            throw new IllegalArgumentException("entity id is blank");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (!v.isEmpty()) {
                copy.put(k, List.copyOf(v));
            }
        });
        properties = Collections.unmodifiableMap(copy);
        datasets = Collections.unmodifiableSet(new LinkedHashSet<>(datasets));
    }

    public static Builder builder(String id, Schema schema, Provenance provenance) {
        return new Builder(id, schema, provenance);
    }

    /** All values of a property; empty when absent. */
    public List<String> get(String property) {
        return properties.getOrDefault(property, List.of());
    }

    /** The first value of a property, or null. */
    public String first(String property) {
        List<String> v = properties.get(property);
        return v == null ? null : v.get(0);
    }

    /** The display name: the first {@code name}, else the first {@code alias}, else the id. */
    public String caption() {
        String n = first(Prop.NAME);
        if (n == null) {
            n = first(Prop.ALIAS);
        }
        return n != null ? n : id;
    }

    /** Mutable builder; values are stripped, blanks dropped and duplicates kept once. */
    public static final class Builder {
        private final String id;
        private Schema schema;
        private Provenance provenance;
        private final Map<String, LinkedHashSet<String>> props = new LinkedHashMap<>();
        private final LinkedHashSet<String> datasets = new LinkedHashSet<>();

        private Builder(String id, Schema schema, Provenance provenance) {
            this.id = id;
            this.schema = schema;
            this.provenance = provenance;
        }

        public Builder schema(Schema s) {
            this.schema = s;
            return this;
        }

        public Builder provenance(Provenance p) {
            this.provenance = p;
            return this;
        }

        public Builder add(String property, String value) {
            if (value == null) {
                return this;
            }
            String v = value.strip();
            if (!v.isEmpty()) {
                props.computeIfAbsent(property, k -> new LinkedHashSet<>()).add(v);
            }
            return this;
        }

        public Builder addAll(String property, Iterable<String> values) {
            for (String v : values) {
                add(property, v);
            }
            return this;
        }

        public Builder dataset(String dataset) {
            datasets.add(dataset);
            return this;
        }

        public boolean has(String property) {
            return props.containsKey(property);
        }

        public List<String> get(String property) {
            LinkedHashSet<String> v = props.get(property);
            return v == null ? List.of() : List.copyOf(v);
        }

        public String id() {
            return id;
        }

        public Entity build() {
            Map<String, List<String>> m = new LinkedHashMap<>();
            props.forEach((k, v) -> m.put(k, new ArrayList<>(v)));
            return new Entity(id, schema, m, datasets, provenance);
        }
    }
}
