package org.tradeguard.controls;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tradeguard.model.trade.Effect;
import org.tradeguard.model.trade.Item;
import org.tradeguard.model.trade.Party;
import org.tradeguard.model.trade.PartyRole;
import org.tradeguard.model.trade.Reason;

/** Item and destination rules: jurisdiction (E-1), classification (E-2), embargoes (E-3, S-5), Country Chart (E-4), MTCR (M-3). */
final class ItemRules {
    private ItemRules() {}

    private static final Pattern ECCN = Pattern.compile("[0-9][A-E][0-9]{3}(\\..+)?", Pattern.CASE_INSENSITIVE);

    /** E-1: the jurisdiction facts (US origin, US content) must be given, never guessed. */
    static List<Reason> jurisdiction(Context c) {
        List<Reason> out = new ArrayList<>();
        for (int i = 0; i < c.t.items().size(); i++) {
            Item item = c.t.items().get(i);
            String p = Context.itemPath(i);
            if (item.usOrigin() == null && item.usContentPercent() == null) {
                out.add(Why.of("E-1", "EAR:JURISDICTION:UNKNOWN", Effect.HOLD).cite("15 CFR 734.3, 734.4")
                        .says("Item " + item.id() + ": US origin and US content are not stated; whether it is subject to the EAR cannot be decided")
                        .input(p + ".us_origin", p + ".us_content_percent").build());
            } else if (Boolean.FALSE.equals(item.usOrigin()) && item.usContentPercent() == null) {
                out.add(Why.of("E-1", "EAR:JURISDICTION:CONTENT_UNKNOWN", Effect.HOLD).cite("15 CFR 734.4 (de minimis)")
                        .says("Item " + item.id() + " is foreign-made but its controlled US content is not stated")
                        .input(p + ".us_origin", p + ".us_content_percent").build());
            } else if (!c.subjectToEar(item)) {
                out.add(Why.of("E-1", "EAR:NOT_SUBJECT", Effect.NOTE).cite("15 CFR 734.4 (de minimis " + c.deMinimis() + "%)")
                        .says("Item " + item.id() + " is foreign-made with " + item.usContentPercent().toPlainString()
                                + "% US content, at or below de minimis for " + c.dest() + ": not subject to the EAR")
                        .data("tradeguard-facts", c.factsVersion()).input(p + ".us_origin", p + ".us_content_percent", "$.route.destination").build());
            }
        }
        return out;
    }

    /** E-2: no ECCN or EAR99 -> hold; unknown or ITAR entries -> hold. Never classifies by name. */
    static List<Reason> classification(Context c) {
        List<Reason> out = new ArrayList<>();
        String ccl = c.data.version("ear-ccl");
        for (int i = 0; i < c.t.items().size(); i++) {
            Item item = c.t.items().get(i);
            String p = Context.itemPath(i) + ".eccn";
            if (!c.subjectToEar(item) || item.ear99()) {
                continue;
            }
            if (item.eccn() == null) {
                out.add(Why.of("E-2", "EAR:UNCLASSIFIED", Effect.HOLD).cite("15 CFR 738.2; 774.1")
                        .says("Item " + item.id() + " has no ECCN or EAR99 designation: classify it (the engine never classifies by name)")
                        .input(p).build());
            } else if (!ECCN.matcher(item.eccn()).matches()) {
                out.add(Why.of("E-2", "EAR:ECCN:MALFORMED", Effect.HOLD).cite("15 CFR 738.2(d)")
                        .says("Item " + item.id() + ": \"" + item.eccn() + "\" is not an ECCN (digit, letter A-E, three digits) or EAR99")
                        .input(p).build());
            } else {
                Optional<ReferenceData.CclEntry> e = c.data.ccl(item.eccnBase());
                if (e.isEmpty()) {
                    out.add(Why.of("E-2", "EAR:ECCN:UNKNOWN", Effect.HOLD).cite("Supp. 1 to Part 774")
                            .says("Item " + item.id() + ": ECCN " + item.eccnBase() + " is not on the CCL edition in use")
                            .data("ear-ccl", ccl).input(p).build());
                } else if (e.get().subjectToItar()) {
                    out.add(Why.of("E-2", "ITAR", Effect.HOLD).cite("15 CFR 734.3(b)(1); 22 CFR 120-130")
                            .says("Item " + item.id() + ": " + item.eccnBase() + " is \"subject to the ITAR\": route to ITAR review, the EAR rules do not apply")
                            .data("ear-ccl", ccl).matched(item.eccnBase() + ": " + cut(e.get().title())).input(p).build());
                }
            }
        }
        return out;
    }

    /** E-3: Part 746 embargo referrals and the Russia/Belarus §746.8 rule. */
    static List<Reason> embargo(Context c) {
        List<Reason> out = new ArrayList<>();
        Optional<ReferenceData.Destination> d = c.data.destination(c.dest());
        JsonNode rb = c.data.fact("part_746_8");
        boolean ruBy = ReferenceData.strings(rb.get("countries")).contains(c.dest()) && ReferenceData.inEffect(rb, c.date);
        for (int i = 0; i < c.t.items().size(); i++) {
            Item item = c.t.items().get(i);
            if (!c.subjectToEar(item)) {
                continue;
            }
            String p = Context.itemPath(i);
            if (d.isPresent() && !d.get().chartDecides()) {
                out.add(Why.of("E-3", "EAR:746", Effect.LICENSE_REQUIRED).cite("15 CFR Part 746 (" + d.get().embargoReferral() + ")")
                        .says("Item " + item.id() + " to " + d.get().name() + ": the Country Chart does not decide; Part 746 embargo controls apply")
                        .policy("per Part 746 (generally denial)").data("ear-country-chart", c.data.version("ear-country-chart"))
                        .matched("chart row " + d.get().name() + ": " + d.get().embargoReferral()).input(p + ".eccn", "$.route.destination").build());
            } else if (ruBy) {
                if (item.ear99() || item.eccn() == null) {
                    out.add(Why.of("E-3", "EAR:746.8:EAR99", Effect.HOLD).cite(rb.get("citation").asText())
                            .says("Item " + item.id() + " (EAR99 or unclassified) to " + c.dest() + ": check the HTS-listed items of Supps. 2, 4-7 to Part 746 (not in the data)")
                            .data("tradeguard-facts", c.factsVersion()).input(p + ".eccn", p + ".hs_code", "$.route.destination").build());
                } else {
                    out.add(Why.of("E-3", "EAR:746.8", Effect.LICENSE_REQUIRED).cite(rb.get("citation").asText())
                            .says("Item " + item.id() + " (" + item.eccnBase() + ") to " + c.dest() + ": a licence is required for any item on the CCL")
                            .policy("policy of denial").data("tradeguard-facts", c.factsVersion()).input(p + ".eccn", "$.route.destination").build());
                }
            }
        }
        return out;
    }

    /** S-5: comprehensive embargoes (dated data): reject, no blockable interest. */
    static List<Reason> comprehensive(Context c) {
        List<Reason> out = new ArrayList<>();
        for (JsonNode e : c.data.fact("embargoes")) {
            if (!ReferenceData.inEffect(e, c.date)) {
                continue;
            }
            String cc = e.get("country").asText();
            List<String> inputs = new ArrayList<>();
            if (cc.equals(c.dest())) {
                inputs.add("$.route.destination");
            }
            if (c.t.route().transitCountries().contains(cc)) {
                inputs.add("$.route.transit_countries");
            }
            for (Party p : c.t.parties()) {
                if (cc.equals(p.country())) {
                    inputs.add(c.partyPath(p) + ".country");
                }
            }
            if (inputs.isEmpty()) {
                continue;
            }
            Effect effect = c.t.usJurisdiction() ? Effect.REJECT : Effect.HOLD;
            out.add(Why.of("S-5", "OFAC:EMBARGO:" + cc.toUpperCase(Locale.ROOT), effect)
                    .cite(e.get("citation").asText() + "; 31 CFR 501.604 (rejected transaction report)")
                    .says("The transaction involves " + cc.toUpperCase(Locale.ROOT) + ", under the " + e.get("program").asText()
                            + (effect == Effect.REJECT ? ": reject and report within 10 business days (R-3)" : "; no US jurisdiction declared: review"))
                    .data("tradeguard-facts", c.factsVersion())
                    .matched("embargo " + cc + " from " + e.get("from").asText() + (e.get("to").isNull() ? "" : " to " + e.get("to").asText()))
                    .input(inputs.toArray(String[]::new)).build());
        }
        return out;
    }

    /** Does a control line's scope cover the item? */
    enum Scope { APPLIES, DOES_NOT_APPLY, UNDETERMINED }

    static Scope scope(ReferenceData.ControlLine line, Item item, String column) {
        Boolean answered = column == null ? null : item.scope().get(column);
        if (answered != null) {
            return answered ? Scope.APPLIES : Scope.DOES_NOT_APPLY;
        }
        String s = line.scope().toLowerCase(Locale.ROOT);
        if (!s.contains("entire entry")) {
            return Scope.UNDETERMINED;
        }
        int ex = s.indexOf("except");
        if (ex < 0) {
            return Scope.APPLIES;
        }
        String para = paragraph(item);
        if (para.isEmpty()) {
            return Scope.UNDETERMINED;
        }
        String clause = s.substring(ex + "except".length());
        int dot = clause.indexOf(". ");
        if (dot >= 0) {
            clause = clause.substring(0, dot);
        }
        String base = item.eccnBase().toLowerCase(Locale.ROOT);
        for (String tok : clause.replace(" and ", ",").split(",")) {
            String t = tok.strip().replace(base, "");
            while (t.startsWith(".")) {
                t = t.substring(1);
            }
            if (t.endsWith(".")) {
                t = t.substring(0, t.length() - 1);
            }
            if (!t.isEmpty() && (para.equals(t) || para.startsWith(t + "."))) {
                return Scope.DOES_NOT_APPLY;
            }
        }
        return Scope.APPLIES;
    }

    /** The item's paragraph below the ECCN, lower case without the leading dot ({@code a} of {@code 1B001.a}). */
    static String paragraph(Item item) {
        int dot = item.eccn().indexOf('.');
        return dot < 0 ? "" : item.eccn().substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * E-4: for each control line whose scope covers the item and whose chart column is marked for a
     * destination (the ultimate destination and any intermediate consignee's country): licence
     * required. Lines the chart does not decide: explicit records of facts.json, "all destinations"
     * lines, and a hold where the line's text names the destination.
     */
    static List<Reason> countryChart(Context c) {
        List<Reason> out = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        countries.add(c.dest());
        for (Party p : c.t.withRole(PartyRole.INTERMEDIATE_CONSIGNEE)) {
            if (p.country() != null && !p.country().equals(c.t.route().exportCountry())) {
                countries.add(p.country());
            }
        }
        String chartV = c.data.version("ear-country-chart");
        for (int i = 0; i < c.t.items().size(); i++) {
            Item item = c.t.items().get(i);
            if (!c.subjectToEar(item) || item.eccn() == null || item.ear99() || !ECCN.matcher(item.eccn()).matches()) {
                continue;
            }
            Optional<ReferenceData.CclEntry> entry = c.data.ccl(item.eccnBase());
            if (entry.isEmpty() || entry.get().subjectToItar()) {
                continue;
            }
            String p = Context.itemPath(i);
            for (String cc : countries) {
                Optional<ReferenceData.Destination> d = c.data.destination(cc);
                if (d.isEmpty()) {
                    out.add(Why.of("E-4", "EAR:CHART:NO_ROW", Effect.HOLD).cite("Supp. 1 to Part 738")
                            .says("No Country Chart row for " + cc).data("ear-country-chart", chartV).input("$.route.destination").build());
                    continue;
                }
                if (!d.get().chartDecides()) {
                    continue;
                }
                String leg = cc.equals(c.dest()) ? "$.route.destination" : "$.parties[*].country (intermediate consignee)";
                for (ReferenceData.ControlLine line : entry.get().controls()) {
                    String col = line.chartColumn();
                    if (col == null) {
                        out.addAll(nonChart(c, item, i, line, d.get()));
                        continue;
                    }
                    if (!d.get().xColumns().contains(col)) {
                        continue;
                    }
                    Scope s = scope(line, item, col);
                    String row = item.eccnBase() + " " + col + ": " + cut(line.scope());
                    String cell = "chart " + d.get().name() + " " + col + " = X";
                    if (s == Scope.APPLIES) {
                        out.add(Why.of("E-4", "EAR:CCL:" + col, Effect.LICENSE_REQUIRED).cite("15 CFR 738.4; Supp. 1 to Part 738; Supp. 1 to Part 774 (" + item.eccnBase() + ")")
                                .says("Item " + item.id() + " (" + item.eccn() + ") to " + d.get().name() + ": " + col + " requires a licence")
                                .data("ear-country-chart+ear-ccl", chartV).matched(row).matched(cell)
                                .input(p + ".eccn", leg).build());
                    } else if (s == Scope.UNDETERMINED) {
                        out.add(Why.of("E-4", "EAR:CCL:" + col + ":SCOPE", Effect.HOLD).cite("Supp. 1 to Part 774 (" + item.eccnBase() + ")")
                                .says("Item " + item.id() + " to " + d.get().name() + ": " + col + " applies only to part of " + item.eccnBase()
                                        + "; state whether the item meets the scope (items[].scope." + col + ")")
                                .data("ear-country-chart+ear-ccl", chartV).matched(row).matched(cell)
                                .input(p + ".eccn", p + ".scope", leg).build());
                    }
                }
            }
        }
        return out;
    }

    private static List<Reason> nonChart(Context c, Item item, int i, ReferenceData.ControlLine line, ReferenceData.Destination d) {
        String p = Context.itemPath(i);
        String reasonCode = line.scope().isBlank() ? "?" : line.scope().strip().split("\\s+")[0];
        for (JsonNode r : c.data.fact("non_chart_controls")) {
            if (ReferenceData.strings(r.get("eccns")).contains(item.eccnBase()) && ReferenceData.strings(r.get("destinations")).contains(d.iso2())
                    && line.requirement().contains(d.name())) {
                if (!ReferenceData.inEffect(r, c.date)) {
                    return List.of();
                }
                return List.of(Why.of("E-4", r.get("code").asText(), Effect.LICENSE_REQUIRED).cite(r.get("citation").asText())
                        .says("Item " + item.id() + " (" + item.eccnBase() + ") to " + d.name() + ": " + reasonCode + " licence requirement outside the chart")
                        .policy(r.get("policy").asText()).data("tradeguard-facts", c.factsVersion())
                        .matched("non-chart control " + r.get("id").asText() + " from " + r.get("from").asText()).matched(cut(line.requirement()))
                        .input(p + ".eccn", "$.route.destination").build());
            }
        }
        String req = line.requirement().toLowerCase(Locale.ROOT);
        if (req.contains("all destinations") && scope(line, item, null) == Scope.APPLIES) {
            return List.of(Why.of("E-4", "EAR:CCL:" + reasonCode + ":ALL", Effect.LICENSE_REQUIRED).cite("15 CFR 738.3(a)(2); Supp. 1 to Part 774 (" + item.eccnBase() + ")")
                    .says("Item " + item.id() + ": " + reasonCode + " requires a licence for all destinations")
                    .data("ear-ccl", c.data.version("ear-ccl")).matched(cut(line.requirement())).input(p + ".eccn").build());
        }
        if (line.requirement().contains(d.name())) {
            return List.of(Why.of("E-4", "EAR:CCL:" + reasonCode + ":NON_CHART", Effect.HOLD).cite("Supp. 1 to Part 774 (" + item.eccnBase() + ")")
                    .says("Item " + item.id() + ": a " + reasonCode + " control line the chart does not decide names " + d.name() + "; review")
                    .data("ear-ccl", c.data.version("ear-ccl")).matched(cut(line.requirement())).input(p + ".eccn", "$.route.destination").build());
        }
        return List.of();
    }

    /** M-3: MT-controlled items tagged with their MTCR category and licensing posture. */
    static List<Reason> mtcr(Context c) {
        List<Reason> out = new ArrayList<>();
        JsonNode m = c.data.fact("mtcr");
        for (int i = 0; i < c.t.items().size(); i++) {
            Item item = c.t.items().get(i);
            if (item.eccnBase() == null || !c.subjectToEar(item)) {
                continue;
            }
            Optional<ReferenceData.CclEntry> e = c.data.ccl(item.eccnBase());
            if (e.isEmpty() || !e.get().reasons().contains("MT")) {
                continue;
            }
            String cat = m.get("categories").path(item.eccnBase()).asText(null);
            String posture = cat == null ? null : m.get("policies").path(cat).asText(null);
            out.add(Why.of("M-3", cat == null ? "MTCR:UNMAPPED" : "MTCR:CAT_" + cat, Effect.NOTE)
                    .cite("MTCR Guidelines and Annex; 15 CFR 742.5")
                    .says("Item " + item.id() + " (" + item.eccnBase() + ") is MT-controlled: "
                            + (cat == null ? "no MTCR category mapped [UNVERIFIED]" : "MTCR Category " + cat + ", " + posture))
                    .policy(posture).data("tradeguard-facts", c.factsVersion()).matched(item.eccnBase() + " -> " + (cat == null ? "unmapped" : cat))
                    .input(Context.itemPath(i) + ".eccn").build());
        }
        return out;
    }

    static String cut(String s) {
        return s.length() <= 160 ? s : s.substring(0, 159) + "…";
    }
}
