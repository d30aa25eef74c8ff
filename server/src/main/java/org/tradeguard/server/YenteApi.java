package org.tradeguard.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.matching.ScreenOptions;
import org.tradeguard.matching.Screener;
import org.tradeguard.model.Countries;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.PartialDate;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;
import org.tradeguard.store.Ids;

/**
 * Handlers of the yente-compatible API, so OpenSanctions/yente clients work unchanged:
 * {@code POST /match/{dataset}}, {@code GET /search/{dataset}}, {@code GET /entities/{id}},
 * {@code GET /catalog}, {@code GET /algorithms}, with yente's request and response shapes.
 * Datasets are our source ids ({@code ofac-sdn}, {@code un} ...) and the collection
 * {@code default} (alias {@code sanctions}) of all of them. A match is a screening like any other:
 * stored, audited and alerting.
 */
final class YenteApi {
    static final String COLLECTION = "default";
    private static final int DEFAULT_MATCH_LIMIT = 5;
    private static final List<String> ID_PROPS = List.of(Prop.ID_NUMBER, Prop.PASSPORT_NUMBER, Prop.REGISTRATION_NUMBER,
            Prop.TAX_NUMBER, Prop.INN_CODE, Prop.OGRN_CODE, Prop.LEI_CODE, Prop.SWIFT_BIC, Prop.IMO_NUMBER, Prop.MMSI,
            Prop.CALL_SIGN, Prop.SERIAL_NUMBER, Prop.CRYPTO_WALLET);
    private static final List<String> COUNTRY_PROPS = List.of(Prop.NATIONALITY, Prop.COUNTRY, Prop.JURISDICTION,
            Prop.CITIZENSHIP, Prop.FLAG);

    private final Clock clock;
    private final Readiness readiness;
    private final ScreeningService screening;

    YenteApi(Clock clock, Readiness readiness, ScreeningService screening) {
        this.clock = clock;
        this.readiness = readiness;
        this.screening = screening;
    }

    /** The entities a dataset name selects; 404 for a name we do not serve. */
    private static Predicate<Entity> dataset(ListSet lists, String name) {
        if (name.equals(COLLECTION) || name.equals("sanctions")) {
            return null;
        }
        for (ListLoad l : lists.loads()) {
            if (l.snapshot().source().equals(name)) {
                return e -> e.datasets().contains(name) || e.provenance().source().equals(name);
            }
        }
        throw Problem.notFound("no dataset " + Problem.cut(name) + "; GET /catalog lists them");
    }

    /** {@code POST /match/{dataset}}: query-by-example, queries keyed by the client's own ids. */
    Response match(Request req) {
        ListSet lists = readiness.lists();
        Predicate<Entity> scope = dataset(lists, req.path("dataset"));
        int limit = (int) Fields.param(req.param("limit"), "limit", DEFAULT_MATCH_LIMIT, 1, 500);
        double threshold = Fields.param(req.param("threshold"), "threshold", ScreenOptions.DEFAULT_THRESHOLD, 0, 1);
        double cutoff = Fields.param(req.param("cutoff"), "cutoff", ScreenOptions.DEFAULT_CUTOFF, 0, 1);
        Predicate<Entity> filter = combine(scope, req);
        JsonNode body = Fields.object(req.json(), "body");
        JsonNode queries = body.get("queries");
        if (queries == null || !queries.isObject()) {
            throw Problem.badRequest("queries", "queries must be an object of example entities keyed by your own ids");
        }
        if (queries.isEmpty()) {
            throw Problem.badRequest("queries", "No queries provided.");
        }
        if (queries.size() > NativeApi.MAX_BATCH) {
            throw Problem.badRequest("queries", "Too many queries in one batch (limit: " + NativeApi.MAX_BATCH + ")");
        }
        List<String> keys = new ArrayList<>();
        List<ScreeningQuery> parsed = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = queries.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> q = it.next();
            keys.add(q.getKey());
            parsed.add(example(q.getValue(), "queries." + q.getKey(), q.getKey()));
        }
        ScreenOptions options = new ScreenOptions(threshold, Math.min(cutoff, threshold), limit, false);
        String batchId = parsed.size() > 1 ? Ids.next("bat", clock.instant()) : null;
        List<ObjectNode> results = screening.screen(lists, req.actor(), parsed, options, batchId, filter);
        ObjectNode out = Json.object();
        ObjectNode responses = out.putObject("responses");
        for (int i = 0; i < keys.size(); i++) {
            ObjectNode r = responses.putObject(keys.get(i));
            r.put("status", 200);
            ArrayNode arr = r.putArray("results");
            for (JsonNode h : results.get(i).get("hits")) {
                Entity e = lists.entity(h.get("entity_id").asText());
                ObjectNode en = entity(e);
                double score = h.get("score").asDouble();
                en.put("score", score);
                en.putObject("features").put(Screener.ALGORITHM, score);
                en.put("match", h.get("alert").asBoolean());
                en.put("screening_id", results.get(i).get("id").asText());
                if (h.has("alert_id")) {
                    en.put("alert_id", h.get("alert_id").asText());
                }
                arr.add(en);
            }
            ObjectNode total = r.putObject("total");
            total.put("value", arr.size());
            total.put("relation", "eq");
            r.set("query", queries.get(keys.get(i)));
        }
        out.set("matcher", features());
        out.put("limit", limit);
        return Response.ok(out);
    }

    private static Predicate<Entity> combine(Predicate<Entity> scope, Request req) {
        List<String> include = req.params("include_dataset");
        List<String> exclude = req.params("exclude_dataset");
        List<String> excludeSchema = req.params("exclude_schema");
        if (scope == null && include.isEmpty() && exclude.isEmpty() && excludeSchema.isEmpty()) {
            return null;
        }
        return e -> (scope == null || scope.test(e))
                && (include.isEmpty() || include.stream().anyMatch(d -> e.datasets().contains(d)))
                && exclude.stream().noneMatch(d -> e.datasets().contains(d))
                && !excludeSchema.contains(e.schema().code());
    }

    /** An FtM example entity ({@code schema} + {@code properties}) as a screening query. */
    static ScreeningQuery example(JsonNode n, String path, String reference) {
        Fields.object(n, path);
        String schemaText = Fields.text(n, "schema", path, 40, true);
        Schema schema = Schema.ofCode(schemaText).orElseThrow(() -> Problem.badRequest(path + ".schema",
                "Cannot parse example entity: unknown schema '" + Problem.cut(schemaText) + "'"));
        JsonNode props = Fields.object(n.get("properties"), path + ".properties");
        Map<String, List<String>> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = props.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> p = it.next();
            String at = path + ".properties." + p.getKey();
            List<String> vs = new ArrayList<>();
            JsonNode v = p.getValue();
            if (v.isTextual()) {
                vs.add(v.asText());
            } else if (v.isArray()) {
                for (JsonNode x : v) {
                    if (!x.isValueNode() || x.isNull()) {
                        throw Problem.badRequest(at, at + " must hold strings");
                    }
                    vs.add(x.asText());
                }
            } else if (!v.isNull()) {
                throw Problem.badRequest(at, at + " must be a string or an array of strings");
            }
            values.put(p.getKey(), vs);
        }
        String name = first(values, Prop.NAME);
        if (name == null) {
            String joined = String.join(" ", java.util.stream.Stream.of(Prop.FIRST_NAME, Prop.MIDDLE_NAME, Prop.LAST_NAME)
                    .map(k -> first(values, k)).filter(x -> x != null).toList());
            name = joined.isBlank() ? null : joined;
        }
        if (name == null) {
            throw Problem.badRequest(path + ".properties.name", path + ".properties.name is required (or firstName/lastName)");
        }
        if (name.length() > ScreeningQuery.MAX_NAME_LENGTH) {
            throw Problem.badRequest(path + ".properties.name", path + ".properties.name is " + name.length()
                    + " characters long; at most " + ScreeningQuery.MAX_NAME_LENGTH + " are accepted");
        }
        String country = null;
        for (String p : COUNTRY_PROPS) {
            for (String c : values.getOrDefault(p, List.of())) {
                country = country != null ? country : Countries.toCode(c).orElse(null);
            }
        }
        PartialDate birth = null;
        for (String p : List.of(Prop.BIRTH_DATE, Prop.INCORPORATION_DATE)) {
            for (String d : values.getOrDefault(p, List.of())) {
                birth = birth != null ? birth : PartialDate.parseIso(d).orElse(null);
            }
        }
        List<String> ids = new ArrayList<>();
        for (String p : ID_PROPS) {
            ids.addAll(values.getOrDefault(p, List.of()));
        }
        if (ids.size() > Party.MAX_IDENTIFIERS) {
            throw Problem.badRequest(path + ".properties", "at most " + Party.MAX_IDENTIFIERS + " identifiers are accepted");
        }
        return new ScreeningQuery(name.strip(), schema.matchable() ? schema : null, country, birth, ids, reference);
    }

    private static String first(Map<String, List<String>> values, String key) {
        for (String v : values.getOrDefault(key, List.of())) {
            if (!v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** {@code GET /search/{dataset}?q=...&schema=...&limit=&offset=}: a lookup, not a screening; not stored. */
    Response search(Request req) {
        ListSet lists = readiness.lists();
        Predicate<Entity> scope = combine(dataset(lists, req.path("dataset")), req);
        String q = req.param("q");
        if (q == null || q.isBlank()) {
            throw Problem.badRequest("q", "q (the text to search for) is required");
        }
        if (q.length() > ScreeningQuery.MAX_NAME_LENGTH) {
            throw Problem.badRequest("q", "q is longer than " + ScreeningQuery.MAX_NAME_LENGTH + " characters");
        }
        int limit = (int) Fields.param(req.param("limit"), "limit", 10, 0, 500);
        int offset = (int) Fields.param(req.param("offset"), "offset", 0, 0, 500);
        Schema schema = null;
        String s = req.param("schema");
        if (s != null && !s.isBlank()) {
            schema = Schema.ofCode(s).orElseThrow(() -> Problem.badRequest("schema", "unknown schema '" + Problem.cut(s) + "'"));
        }
        ScreeningQuery query = new ScreeningQuery(q.strip(), schema != null && schema.matchable() ? schema : null,
                null, null, List.of(), null);
        // Search shows more than what alerts: a lower cutoff than screening.
        ScreenOptions options = new ScreenOptions(ScreenOptions.DEFAULT_THRESHOLD, 0.3, 1000, false);
        List<Hit> hits = lists.screener().screen(query, options).stream()
                .filter(h -> scope == null || scope.test(h.entity())).toList();
        ObjectNode out = Json.object();
        out.put("limit", limit);
        out.put("offset", offset);
        ObjectNode total = out.putObject("total");
        total.put("value", hits.size());
        total.put("relation", "eq");
        ArrayNode arr = out.putArray("results");
        hits.stream().skip(offset).limit(limit).forEach(h -> arr.add(entity(h.entity())));
        out.putObject("facets");
        return Response.ok(out);
    }

    /** {@code GET /entities/{id}}. */
    Response entityById(Request req) {
        String id = req.path("id");
        Entity e = readiness.lists().entity(id);
        if (e == null) {
            throw Problem.notFound("no entity " + Problem.cut(id));
        }
        return Response.ok(entity(e));
    }

    /** {@code GET /catalog}: each source as a dataset, and the {@code default} collection of all. */
    Response catalog(Request req) {
        ListSet lists = readiness.lists();
        ObjectNode out = Json.object();
        ArrayNode ds = out.putArray("datasets");
        ArrayNode current = out.putArray("current");
        List<String> names = new ArrayList<>();
        for (ListLoad l : lists.loads()) {
            names.add(l.snapshot().source());
            ObjectNode d = ds.addObject();
            d.put("name", l.snapshot().source());
            d.put("title", l.snapshot().title());
            d.putNull("summary");
            d.putNull("url");
            d.put("load", true);
            d.putNull("entities_url");
            d.put("version", version(l));
            d.put("index_version", version(l));
            d.put("index_current", true);
            d.putArray("children");
            current.add(l.snapshot().source());
        }
        ObjectNode all = ds.addObject();
        all.put("name", COLLECTION);
        all.put("title", "All lists in service");
        all.putNull("summary");
        all.putNull("url");
        all.put("load", true);
        all.putNull("entities_url");
        all.put("version", lists.version());
        all.put("index_version", lists.version());
        all.put("index_current", true);
        ArrayNode children = all.putArray("children");
        names.forEach(children::add);
        current.add(COLLECTION);
        out.putArray("outdated");
        out.put("index_stale", false);
        return Response.ok(out);
    }

    private static String version(ListLoad l) {
        String date = l.snapshot().published() == null ? "undated" : l.snapshot().published().toString();
        return date + "-" + l.snapshot().sha256().substring(0, 12);
    }

    /** {@code GET /algorithms}. */
    Response algorithms(Request req) {
        ObjectNode out = Json.object();
        ObjectNode a = out.putArray("algorithms").addObject();
        a.put("name", Screener.ALGORITHM);
        a.put("description", "Tradeguard's name matcher: candidate index over name tokens, phonetic keys and "
                + "identifiers, then a weighted token alignment adjusted by birth date, country and identifiers.");
        a.set("features", features());
        out.put("default", Screener.ALGORITHM);
        out.put("best", Screener.ALGORITHM);
        return Response.ok(out);
    }

    private static ObjectNode features() {
        ObjectNode f = Json.object();
        ObjectNode n = f.putObject(Screener.ALGORITHM);
        n.put("description", "The hit's score: name similarity adjusted by the facts given with the query.");
        n.put("coefficient", 1.0);
        n.putNull("url");
        return f;
    }

    /** An entity in yente's shape. */
    static ObjectNode entity(Entity e) {
        ObjectNode n = Json.object();
        n.put("id", e.id());
        n.put("caption", e.caption());
        n.put("schema", e.schema().code());
        ObjectNode props = n.putObject("properties");
        e.properties().forEach((k, vs) -> {
            ArrayNode a = props.putArray(k);
            vs.forEach(a::add);
        });
        ArrayNode ds = n.putArray("datasets");
        e.datasets().forEach(ds::add);
        n.putArray("referents");
        n.put("target", true);
        n.putNull("first_seen");
        n.putNull("last_seen");
        n.putNull("last_change");
        return n;
    }
}
