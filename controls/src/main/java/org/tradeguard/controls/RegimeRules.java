package org.tradeguard.controls;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tradeguard.model.trade.EndUse;
import org.tradeguard.model.trade.Effect;
import org.tradeguard.model.trade.Item;
import org.tradeguard.model.trade.Reason;

/** EU dual-use (U-1, U-3) and Pakistan's regime (P-1 SECDIV, P-3 negative lists by HS code). */
final class RegimeRules {
    private RegimeRules() {}

    private static boolean euExport(Context c) {
        return ReferenceData.strings(c.data.fact("eu").get("member_states")).contains(c.t.route().exportCountry());
    }

    /** U-1: Annex I items exported from the EU need an authorisation (U-4 may cover it with EU001). */
    static List<Reason> euListed(Context c) {
        List<Reason> out = new ArrayList<>();
        if (!euExport(c)) {
            return out;
        }
        JsonNode eu = c.data.fact("eu");
        String annex = c.data.version("eu-annex-i");
        for (int i = 0; i < c.t.items().size(); i++) {
            Item item = c.t.items().get(i);
            if (item.euDualUseCode() == null) {
                continue;
            }
            String code = item.euDualUseCode().strip().toUpperCase(Locale.ROOT);
            String p = Context.itemPath(i) + ".eu_dual_use_code";
            String base = code.length() >= 5 ? code.substring(0, 5) : code;
            if (c.data.inAnnexI(code) || c.data.inAnnexI(base)) {
                out.add(Why.of("U-1", "EU:Art3", Effect.LICENSE_REQUIRED).cite(eu.get("article3_citation").asText())
                        .says("Item " + item.id() + " is Annex I " + code + ": export from the EU needs an authorisation")
                        .data("eu-annex-i", annex).matched("Annex I " + (c.data.inAnnexI(code) ? code : base)).input(p, "$.route.export_country").build());
            } else {
                out.add(Why.of("U-1", "EU:Annex I:UNKNOWN", Effect.HOLD).cite(eu.get("article3_citation").asText())
                        .says("Item " + item.id() + ": \"" + code + "\" is not an Annex I entry in the edition in use")
                        .data("eu-annex-i", annex).input(p).build());
            }
        }
        return out;
    }

    /** U-3: non-listed items with a WMD / missile / military end use known to an EU exporter: notify, authority decides. */
    static List<Reason> euCatchAll(Context c) {
        if (!euExport(c)) {
            return List.of();
        }
        EndUse u = c.t.endUse();
        boolean aware = u.wmdDelivery() || u.missileOrUav() || u.nuclear() || u.chemicalBiological()
                || ((u.military() || u.militaryEndUser()) && c.data.inGroup("D:5", c.dest()));
        boolean nonListed = c.t.items().stream().anyMatch(i -> i.euDualUseCode() == null);
        if (!aware || !nonListed) {
            return List.of();
        }
        return List.of(Why.of("U-3", "EU:Art4", Effect.HOLD).cite(c.data.fact("eu").get("article4_citation").asText())
                .says("The EU exporter is aware of a WMD, missile or embargoed military end use for a non-listed item: notify the competent authority, which decides")
                .data("tradeguard-facts", c.factsVersion()).input("$.end_use", "$.route.export_country", "$.items[*].eu_dual_use_code").build());
    }

    /** P-1: SECDIV licence for listed items or the catch-all, when Pakistan has jurisdiction (export, transshipment, transit). */
    static List<Reason> secdiv(Context c) {
        boolean pk = "pk".equals(c.t.route().exportCountry()) || c.t.route().transitCountries().contains("pk");
        if (!pk) {
            return List.of();
        }
        JsonNode s = c.data.fact("secdiv");
        Set<String> reasons = ReferenceData.strings(s.get("reasons"));
        List<Reason> out = new ArrayList<>();
        for (int i = 0; i < c.t.items().size(); i++) {
            Item item = c.t.items().get(i);
            boolean listed = item.euDualUseCode() != null || (item.eccnBase() != null
                    && c.data.ccl(item.eccnBase()).map(e -> e.reasons().stream().anyMatch(reasons::contains)).orElse(false));
            if (listed) {
                out.add(Why.of("P-1", "PK:SECDIV", Effect.LICENSE_REQUIRED).cite(s.get("citation").asText())
                        .says("Item " + item.id() + " moves under Pakistan's jurisdiction and is treated as on the SECDIV control lists " + "[UNVERIFIED mapping]")
                        .data("tradeguard-facts", c.factsVersion()).matched(s.get("note").asText())
                        .input(Context.itemPath(i) + ".eccn", Context.itemPath(i) + ".eu_dual_use_code", "$.route").build());
            }
        }
        EndUse u = c.t.endUse();
        if (u.nuclear() || u.missileOrUav() || u.wmdDelivery() || u.chemicalBiological()) {
            out.add(Why.of("P-1", "PK:SECDIV:CATCH_ALL", Effect.LICENSE_REQUIRED).cite(s.get("citation").asText() + " (catch-all) [UNVERIFIED wording]")
                    .says("Known use for nuclear, biological or chemical weapons or their delivery systems: SECDIV licence required")
                    .data("tradeguard-facts", c.factsVersion()).input("$.end_use", "$.route").build());
        }
        return out;
    }

    /** P-3: negative lists by HS code (the Afghan transit list and any user table), effective-dated, with their exceptions. */
    static List<Reason> negativeLists(Context c) {
        List<Reason> out = new ArrayList<>();
        String regime = c.t.route().transitRegime();
        for (NegativeList table : c.data.negativeLists()) {
            for (int i = 0; i < c.t.items().size(); i++) {
                Item item = c.t.items().get(i);
                String p = Context.itemPath(i) + ".hs_code";
                for (NegativeList.Row r : table.rows()) {
                    boolean route = regime != null && regime.equalsIgnoreCase(r.regime()) && r.destination().equals(c.dest())
                            && (r.transit() == null || c.t.route().transitCountries().contains(r.transit()));
                    if (!route || !r.validOn(c.date)) {
                        continue;
                    }
                    if (item.hsCode() == null) {
                        out.add(Why.of(r.rule(), "NEGATIVE_LIST:NO_HS", Effect.HOLD).cite(r.legalReference())
                                .says("Item " + item.id() + " moves under " + r.regime() + " but has no HS code to check against " + r.list())
                                .data("negative-list:" + table.id(), table.version()).input(p, "$.route.transit_regime").build());
                        break;
                    }
                    if (!item.hsCode().startsWith(r.hsPrefix())) {
                        continue;
                    }
                    String row = table.id() + " line " + r.line() + ": HS " + r.hsPrefix() + " " + r.category()
                            + (r.complete() ? "" : " (table marked incomplete)") + (r.note() == null ? "" : "; " + r.note());
                    boolean arrived = c.t.route().portArrival() != null && c.t.route().portArrival().isBefore(r.validFrom());
                    if (c.t.route().grantInAid() || arrived) {
                        out.add(Why.of(r.rule(), "NEGATIVE_LIST:EXCEPTION", Effect.NOTE).cite(r.legalReference())
                                .says("Item " + item.id() + " (HS " + item.hsCode() + ") is on " + r.list() + " but excepted: "
                                        + (c.t.route().grantInAid() ? "foreign grant-in-aid cargo" : "arrived at port before the ban (" + c.t.route().portArrival() + ")"))
                                .data("negative-list:" + table.id(), table.version()).matched(row)
                                .input(p, "$.route.grant_in_aid", "$.route.port_arrival").build());
                    } else {
                        out.add(Why.of(r.rule(), "NEGATIVE_LIST:" + r.regime().toUpperCase(Locale.ROOT), Effect.REJECT).cite(r.legalReference())
                                .says("Item " + item.id() + " (HS " + item.hsCode() + ", " + r.category() + ") is on " + r.list()
                                        + ": transit under " + r.regime() + " to " + r.destination().toUpperCase(Locale.ROOT) + " is prohibited")
                                .data("negative-list:" + table.id(), table.version()).matched(row)
                                .input(p, "$.route.transit_regime", "$.route.transit_countries", "$.route.destination", "$.date").build());
                    }
                    break;
                }
            }
        }
        return out;
    }
}
