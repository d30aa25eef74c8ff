package org.tradeguard.controls;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Schema;
import org.tradeguard.model.Snapshot;
import org.tradeguard.model.trade.Assessment;
import org.tradeguard.model.trade.DataVersion;
import org.tradeguard.model.trade.Decision;
import org.tradeguard.model.trade.EndUse;
import org.tradeguard.model.trade.Euc;
import org.tradeguard.model.trade.EucLine;
import org.tradeguard.model.trade.Item;
import org.tradeguard.model.trade.Licence;
import org.tradeguard.model.trade.LicenceAuthority;
import org.tradeguard.model.trade.Party;
import org.tradeguard.model.trade.PartyRole;
import org.tradeguard.model.trade.Payment;
import org.tradeguard.model.trade.Reason;
import org.tradeguard.model.trade.RedFlagAnswer;
import org.tradeguard.model.trade.Route;
import org.tradeguard.model.trade.ScreeningDisposition;
import org.tradeguard.model.trade.Signature;
import org.tradeguard.model.trade.Stake;
import org.tradeguard.model.trade.Transaction;

/**
 * JSON for the trade vocabulary (schema: controls/TRANSACTION-SCHEMA.md). Readers are strict: an
 * unknown field, a wrong type or a missing required value is a {@link BadTradeDataException} naming
 * the file and the JSON path. Writers produce plain maps in a fixed key order, so output is stable
 * and a decision's JSON can be compared byte for byte on replay.
 */
public final class TradeJson {
    private TradeJson() {}

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static JsonNode parse(String file, String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadTradeDataException(file + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    public static String write(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    // ---------------------------------------------------------------- transaction

    public static Transaction transaction(String file, String text) {
        return transaction(JsonInput.root(file, parse(file, text)));
    }

    static Transaction transaction(JsonInput in) {
        in.only(Set.of("id", "date", "us_jurisdiction", "regimes", "parties", "items", "route", "end_use", "red_flags",
                "screening_dispositions", "licences", "eucs", "uvl_statements", "payment", "description"));
        List<Party> parties = new ArrayList<>();
        for (JsonInput p : in.objects("parties")) {
            parties.add(party(p));
        }
        if (parties.isEmpty()) {
            throw in.error("parties", "at least one party is required");
        }
        List<Item> items = new ArrayList<>();
        for (JsonInput i : in.objects("items")) {
            items.add(item(i));
        }
        List<RedFlagAnswer> flags = new ArrayList<>();
        for (JsonInput f : in.objects("red_flags")) {
            f.only(Set.of("flag", "present", "resolution", "resolved_by"));
            flags.add(new RedFlagAnswer(f.string("flag"), f.bool("present", true), f.optString("resolution"), f.optString("resolved_by")));
        }
        List<ScreeningDisposition> dispositions = new ArrayList<>();
        for (JsonInput d : in.objects("screening_dispositions")) {
            d.only(Set.of("party", "entity", "match", "reviewer", "note"));
            Boolean match = d.optBool("match");
            if (match == null) {
                throw d.error("match", "missing; true (the party is the listed entity) or false is required");
            }
            dispositions.add(new ScreeningDisposition(d.string("party"), d.string("entity"), match, d.string("reviewer"), d.optString("note")));
        }
        Payment payment = null;
        JsonInput pay = in.optObject("payment");
        if (pay != null) {
            pay.only(Set.of("amount", "currency", "held_by_us_person", "reference"));
            payment = new Payment(pay.optDecimal("amount"), pay.optString("currency"), pay.bool("held_by_us_person", false), pay.optString("reference"));
        }
        EndUse endUse = EndUse.none();
        JsonInput eu = in.optObject("end_use");
        if (eu != null) {
            eu.only(Set.of("declared", "nuclear", "missile_or_uav", "range_at_least_300km", "wmd_delivery", "chemical_biological",
                    "military", "military_end_user"));
            endUse = new EndUse(eu.optString("declared"), eu.bool("nuclear", false), eu.bool("missile_or_uav", false),
                    eu.optBool("range_at_least_300km"), eu.bool("wmd_delivery", false), eu.bool("chemical_biological", false),
                    eu.bool("military", false), eu.bool("military_end_user", false));
        }
        JsonInput r = in.object("route");
        r.only(Set.of("export_country", "transit_countries", "destination", "transit_regime", "grant_in_aid", "port_arrival"));
        Route route = new Route(r.country("export_country"), r.countries("transit_countries"), r.country("destination"),
                r.optString("transit_regime"), r.bool("grant_in_aid", false), r.optDate("port_arrival"));
        List<String> regimes = in.strings("regimes").stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
        try {
            return new Transaction(in.string("id"), in.date("date"), in.bool("us_jurisdiction", true), regimes, parties,
                    items, route, endUse, flags, dispositions, in.strings("licences"), in.strings("eucs"),
                    in.strings("uvl_statements"), payment);
        } catch (IllegalArgumentException e) {
            throw in.error(e.getMessage());
        }
    }

    private static Party party(JsonInput p) {
        p.only(Set.of("id", "roles", "name", "schema", "country", "address", "identifiers", "owners"));
        List<PartyRole> roles = new ArrayList<>();
        List<String> rawRoles = p.strings("roles");
        for (String s : rawRoles) {
            roles.add(PartyRole.parse(s).orElseThrow(() -> p.error("roles", "unknown role \"" + s + "\"; expected one of "
                    + java.util.Arrays.stream(PartyRole.values()).map(PartyRole::code).toList())));
        }
        if (roles.isEmpty()) {
            throw p.error("roles", "at least one role is required");
        }
        Schema schema = null;
        String sc = p.optString("schema");
        if (sc != null) {
            schema = Schema.parse(sc).filter(Schema::matchable)
                    .orElseThrow(() -> p.error("schema", "unknown schema \"" + sc + "\"; expected Person, Company, Organization, LegalEntity, Vessel or Aircraft"));
        }
        List<Stake> owners = new ArrayList<>();
        for (JsonInput o : p.objects("owners")) {
            o.only(Set.of("owner", "percent"));
            BigDecimal pct = o.decimal("percent");
            if (pct.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw o.error("percent", pct.toPlainString() + " is above 100");
            }
            owners.add(new Stake(o.string("owner"), pct));
        }
        return new Party(p.string("id"), roles, p.string("name"), schema, p.optCountry("country"), p.optString("address"),
                p.strings("identifiers"), owners);
    }

    private static Item item(JsonInput i) {
        i.only(Set.of("id", "description", "hs_code", "eccn", "eu_dual_use_code", "quantity", "unit", "value", "currency",
                "us_origin", "us_content_percent", "scope", "licence_exception"));
        String hs = i.optString("hs_code");
        if (hs != null) {
            hs = hs.replace(".", "").replace(" ", "");
            if (hs.length() < 2 || !hs.chars().allMatch(Character::isDigit)) {
                throw i.error("hs_code", "\"" + i.optString("hs_code") + "\" is not an HS code (digits, dots allowed)");
            }
        }
        Map<String, Boolean> scope = new LinkedHashMap<>();
        JsonInput sc = i.optObject("scope");
        if (sc != null) {
            JsonNode raw = i.raw("scope");
            raw.fieldNames().forEachRemaining(k -> scope.put(k.toUpperCase(java.util.Locale.ROOT), sc.bool(k, false)));
        }
        BigDecimal content = i.optDecimal("us_content_percent");
        if (content != null && content.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw i.error("us_content_percent", content.toPlainString() + " is above 100");
        }
        String eccn = i.optString("eccn");
        if (eccn != null && eccn.isBlank()) {
            eccn = null;
        }
        return new Item(i.string("id"), i.optString("description"), hs, eccn == null ? null : eccn.strip(),
                i.optString("eu_dual_use_code"), i.optDecimal("quantity"), i.optString("unit"), i.optDecimal("value"),
                i.optString("currency"), i.optBool("us_origin"), content, scope, i.optString("licence_exception"));
    }

    public static Map<String, Object> transaction(Transaction t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("date", t.date().toString());
        m.put("us_jurisdiction", t.usJurisdiction());
        m.put("regimes", t.regimes());
        List<Object> parties = new ArrayList<>();
        for (Party p : t.parties()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("id", p.id());
            pm.put("roles", p.roles().stream().map(PartyRole::code).toList());
            pm.put("name", p.name());
            pm.put("schema", p.schema() == null ? null : p.schema().code());
            pm.put("country", p.country());
            pm.put("address", p.address());
            pm.put("identifiers", p.identifiers());
            pm.put("owners", p.owners().stream().map(s -> Map.of("owner", s.owner(), "percent", s.percent())).toList());
            parties.add(pm);
        }
        m.put("parties", parties);
        List<Object> items = new ArrayList<>();
        for (Item i : t.items()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("id", i.id());
            im.put("description", i.description());
            im.put("hs_code", i.hsCode());
            im.put("eccn", i.eccn());
            im.put("eu_dual_use_code", i.euDualUseCode());
            im.put("quantity", i.quantity());
            im.put("unit", i.unit());
            im.put("value", i.value());
            im.put("currency", i.currency());
            im.put("us_origin", i.usOrigin());
            im.put("us_content_percent", i.usContentPercent());
            im.put("scope", i.scope());
            im.put("licence_exception", i.licenceException());
            items.add(im);
        }
        m.put("items", items);
        Route r = t.route();
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("export_country", r.exportCountry());
        rm.put("transit_countries", r.transitCountries());
        rm.put("destination", r.destination());
        rm.put("transit_regime", r.transitRegime());
        rm.put("grant_in_aid", r.grantInAid());
        rm.put("port_arrival", r.portArrival() == null ? null : r.portArrival().toString());
        m.put("route", rm);
        EndUse e = t.endUse();
        Map<String, Object> em = new LinkedHashMap<>();
        em.put("declared", e.declared());
        em.put("nuclear", e.nuclear());
        em.put("missile_or_uav", e.missileOrUav());
        em.put("range_at_least_300km", e.rangeAtLeast300km());
        em.put("wmd_delivery", e.wmdDelivery());
        em.put("chemical_biological", e.chemicalBiological());
        em.put("military", e.military());
        em.put("military_end_user", e.militaryEndUser());
        m.put("end_use", em);
        List<Object> flags = new ArrayList<>();
        for (RedFlagAnswer f : t.redFlags()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("flag", f.flag());
            fm.put("present", f.present());
            fm.put("resolution", f.resolution());
            fm.put("resolved_by", f.resolvedBy());
            flags.add(fm);
        }
        m.put("red_flags", flags);
        List<Object> disp = new ArrayList<>();
        for (ScreeningDisposition d : t.dispositions()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("party", d.party());
            dm.put("entity", d.entity());
            dm.put("match", d.match());
            dm.put("reviewer", d.reviewer());
            dm.put("note", d.note());
            disp.add(dm);
        }
        m.put("screening_dispositions", disp);
        m.put("licences", t.licences());
        m.put("eucs", t.eucs());
        m.put("uvl_statements", t.uvlStatements());
        if (t.payment() != null) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("amount", t.payment().amount());
            pm.put("currency", t.payment().currency());
            pm.put("held_by_us_person", t.payment().heldByUsPerson());
            pm.put("reference", t.payment().reference());
            m.put("payment", pm);
        }
        return m;
    }

    // ---------------------------------------------------------------- licences and EUCs

    public static Licence licence(String file, JsonNode node) {
        return licence(JsonInput.root(file, node));
    }

    static Licence licence(JsonInput in) {
        in.only(Set.of("number", "authority", "requirements", "parties", "items", "destinations", "valid_from", "valid_to",
                "quantity_limit", "quantity_used", "value_limit", "value_used", "currency", "conditions"));
        String a = in.string("authority");
        LicenceAuthority authority = LicenceAuthority.parse(a).orElseThrow(() -> in.error("authority", "unknown authority \"" + a
                + "\"; expected one of " + java.util.Arrays.stream(LicenceAuthority.values()).map(LicenceAuthority::code).toList()));
        try {
            return new Licence(in.string("number"), authority, in.strings("requirements"), in.strings("parties"),
                    in.strings("items"), in.countries("destinations"), in.date("valid_from"), in.optDate("valid_to"),
                    in.optDecimal("quantity_limit"), in.optDecimal("quantity_used"), in.optDecimal("value_limit"),
                    in.optDecimal("value_used"), in.optString("currency"), in.optString("conditions"));
        } catch (IllegalArgumentException e) {
            throw in.error(e.getMessage());
        }
    }

    public static Map<String, Object> licence(Licence l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", l.number());
        m.put("authority", l.authority().code());
        m.put("requirements", l.requirements());
        m.put("parties", l.parties());
        m.put("items", l.items());
        m.put("destinations", l.destinations());
        m.put("valid_from", l.validFrom().toString());
        m.put("valid_to", l.validTo() == null ? null : l.validTo().toString());
        m.put("quantity_limit", l.quantityLimit());
        m.put("quantity_used", l.quantityUsed());
        m.put("value_limit", l.valueLimit());
        m.put("value_used", l.valueUsed());
        m.put("currency", l.currency());
        m.put("conditions", l.conditions());
        return m;
    }

    public static Euc euc(String file, JsonNode node) {
        return euc(JsonInput.root(file, node));
    }

    static Euc euc(JsonInput in) {
        in.only(Set.of("number", "issuing_authority", "end_user", "end_use", "destination", "items", "valid_from", "valid_to",
                "no_reexport_clause", "signatures"));
        List<EucLine> lines = new ArrayList<>();
        for (JsonInput i : in.objects("items")) {
            i.only(Set.of("code", "description", "quantity", "used"));
            lines.add(new EucLine(i.string("code"), i.optString("description"), i.optDecimal("quantity"), i.optDecimal("used")));
        }
        List<Signature> sigs = new ArrayList<>();
        for (JsonInput s : in.objects("signatures")) {
            s.only(Set.of("name", "title", "date"));
            sigs.add(new Signature(s.optString("name"), s.optString("title"), s.optDate("date")));
        }
        return new Euc(in.string("number"), in.optString("issuing_authority"), in.optString("end_user"), in.optString("end_use"),
                in.optCountry("destination"), lines, in.optDate("valid_from"), in.optDate("valid_to"),
                in.bool("no_reexport_clause", false), sigs);
    }

    public static Map<String, Object> euc(Euc e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", e.number());
        m.put("issuing_authority", e.issuingAuthority());
        m.put("end_user", e.endUser());
        m.put("end_use", e.endUse());
        m.put("destination", e.destination());
        List<Object> lines = new ArrayList<>();
        for (EucLine l : e.items()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("code", l.code());
            lm.put("description", l.description());
            lm.put("quantity", l.quantity());
            lm.put("used", l.used());
            lines.add(lm);
        }
        m.put("items", lines);
        m.put("valid_from", e.validFrom() == null ? null : e.validFrom().toString());
        m.put("valid_to", e.validTo() == null ? null : e.validTo().toString());
        m.put("no_reexport_clause", e.noReexportClause());
        List<Object> sigs = new ArrayList<>();
        for (Signature s : e.signatures()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("name", s.name());
            sm.put("title", s.title());
            sm.put("date", s.date() == null ? null : s.date().toString());
            sigs.add(sm);
        }
        m.put("signatures", sigs);
        return m;
    }

    // ---------------------------------------------------------------- screening hits (stored with a decision)

    public static Map<String, Object> hit(Hit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entity", entity(h.entity()));
        m.put("score", h.score());
        m.put("alert", h.alert());
        m.put("algorithm", h.algorithm());
        m.put("matched_name", h.matchedName());
        m.put("matched_property", h.explanation() == null ? null : h.explanation().listProperty());
        return m;
    }

    public static Map<String, Object> entity(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("schema", e.schema().code());
        m.put("properties", new java.util.TreeMap<>(e.properties()));
        m.put("datasets", List.copyOf(e.datasets()));
        Snapshot s = e.provenance().snapshot();
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("source", s.source());
        pm.put("title", s.title());
        pm.put("published", s.published() == null ? null : s.published().toString());
        pm.put("sha256", s.sha256());
        pm.put("origin", s.origin());
        pm.put("record_id", e.provenance().recordId());
        m.put("provenance", pm);
        return m;
    }

    static Hit hit(JsonNode n) {
        org.tradeguard.model.MatchExplanation x = null;
        String prop = n.path("matched_property").asText(null);
        if (prop != null) {
            x = new org.tradeguard.model.MatchExplanation("", n.path("matched_name").asText(""), prop, n.path("score").asDouble(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        return new Hit(entity(n.get("entity")), n.path("score").asDouble(), n.path("alert").asBoolean(),
                n.path("algorithm").asText(), n.path("matched_name").asText(null), x);
    }

    static Entity entity(JsonNode n) {
        JsonNode p = n.get("provenance");
        Snapshot s = new Snapshot(p.get("source").asText(), p.get("title").asText(),
                p.path("published").isNull() || p.path("published").isMissingNode() ? null : LocalDate.parse(p.get("published").asText()),
                p.get("sha256").asText(), p.get("origin").asText());
        Entity.Builder b = Entity.builder(n.get("id").asText(), Schema.ofCode(n.get("schema").asText()).orElse(Schema.THING),
                new Provenance(s, p.get("record_id").asText(), ""));
        n.path("properties").fields().forEachRemaining(e -> e.getValue().forEach(v -> b.add(e.getKey(), v.asText())));
        n.path("datasets").forEach(d -> b.dataset(d.asText()));
        return b.build();
    }

    // ---------------------------------------------------------------- decisions

    public static Map<String, Object> assessment(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decision_id", a.decisionId());
        m.put("transaction_id", a.transactionId());
        m.put("evaluation_date", a.evaluationDate().toString());
        m.putAll(decision(a.decision()));
        Map<String, Object> ret = new LinkedHashMap<>();
        ret.put("years", a.retention().years());
        ret.put("keep_until", a.retention().keepUntil().toString());
        ret.put("until_unblocked", a.retention().untilUnblocked());
        ret.put("citations", a.retention().citations());
        m.put("retention", ret);
        m.put("licences_used", a.licencesUsed());
        List<Object> versions = new ArrayList<>();
        for (DataVersion v : a.dataVersions()) {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("id", v.id());
            vm.put("version", v.version());
            vm.put("sha256", v.sha256());
            versions.add(vm);
        }
        m.put("data_versions", versions);
        return m;
    }

    public static Map<String, Object> decision(Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", d.outcome());
        switch (d) {
            case Decision.Prohibited p -> m.put("kind", p.kind().code());
            case Decision.LicenseRequired l -> {
                m.put("requirements", l.requirements());
                m.put("policies", l.policies());
                m.put("exception_available", l.exceptionAvailable());
            }
            case Decision.HoldForReview h -> { }
            case Decision.Proceed p -> {
                m.put("authority", p.authority().code());
                m.put("reference", p.reference());
            }
        }
        List<Object> reasons = new ArrayList<>();
        for (Reason r : d.reasons()) {
            reasons.add(reason(r));
        }
        m.put("reasons", reasons);
        return m;
    }

    static Map<String, Object> reason(Reason r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", r.ruleId());
        m.put("code", r.code());
        m.put("effect", r.effect().code());
        m.put("message", r.message());
        m.put("citation", r.citation());
        m.put("source", r.source());
        m.put("source_version", r.sourceVersion());
        m.put("matched", r.matched());
        m.put("inputs", r.inputs());
        m.put("policy", r.policy());
        return m;
    }

    // ---------------------------------------------------------------- inputs (stored with a decision, for replay)

    public static Map<String, Object> inputs(Inputs in) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("evaluation_date", in.evaluationDate().toString());
        m.put("transaction", transaction(in.transaction()));
        List<Object> screening = new ArrayList<>();
        for (ScreenedParty sp : in.screening()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("party", sp.partyId());
            sm.put("hits", sp.hits().stream().map(TradeJson::hit).toList());
            Map<String, Object> related = new java.util.TreeMap<>();
            sp.related().forEach((k, v) -> related.put(k, v.stream().map(TradeJson::entity).toList()));
            sm.put("related", related);
            screening.add(sm);
        }
        m.put("screening", screening);
        m.put("licences", in.licences().stream().map(TradeJson::licence).toList());
        m.put("eucs", in.eucs().stream().map(TradeJson::euc).toList());
        return m;
    }

    public static Inputs inputs(String file, JsonNode n) {
        JsonInput root = JsonInput.root(file, n);
        Transaction t = transaction(root.object("transaction"));
        List<ScreenedParty> screening = new ArrayList<>();
        for (JsonNode sp : n.path("screening")) {
            List<Hit> hits = new ArrayList<>();
            sp.path("hits").forEach(h -> hits.add(hit(h)));
            Map<String, List<Entity>> related = new LinkedHashMap<>();
            sp.path("related").fields().forEachRemaining(e -> {
                List<Entity> es = new ArrayList<>();
                e.getValue().forEach(x -> es.add(entity(x)));
                related.put(e.getKey(), es);
            });
            screening.add(new ScreenedParty(sp.get("party").asText(), hits, related));
        }
        List<Licence> licences = new ArrayList<>();
        for (JsonInput l : root.objects("licences")) {
            licences.add(licence(l));
        }
        List<Euc> eucs = new ArrayList<>();
        for (JsonInput e : root.objects("eucs")) {
            eucs.add(euc(e));
        }
        return new Inputs(t, root.date("evaluation_date"), screening, licences, eucs);
    }
}
