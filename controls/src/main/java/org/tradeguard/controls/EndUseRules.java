package org.tradeguard.controls;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tradeguard.model.trade.EndUse;
import org.tradeguard.model.trade.Effect;
import org.tradeguard.model.trade.Party;
import org.tradeguard.model.trade.PartyRole;
import org.tradeguard.model.trade.Reason;
import org.tradeguard.model.trade.RedFlagAnswer;

/** End-use catch-alls from the structured flags (E-7: 744.2, 744.3, 744.4, 744.6, 744.21) and red flags (E-12). */
final class EndUseRules {
    private EndUseRules() {}

    /** E-7: the Part 744 catch-alls apply to every item subject to the EAR, EAR99 included. */
    static List<Reason> catchAll(Context c) {
        List<Reason> out = new ArrayList<>();
        if (!c.anySubjectToEar()) {
            return out;
        }
        EndUse u = c.t.endUse();
        Set<String> places = new LinkedHashSet<>();
        places.add(c.dest());
        places.addAll(c.endUserCountries());
        String groups = c.data.version("ear-country-groups");
        if (u.nuclear()) {
            Set<String> supp3 = ReferenceData.strings(c.data.fact("nuclear_supp3").get("countries"));
            for (String cc : places) {
                if (!supp3.contains(cc)) {
                    out.add(Why.of("E-7", "EAR:744.2", Effect.LICENSE_REQUIRED).cite("15 CFR 744.2; " + c.data.fact("nuclear_supp3").get("citation").asText())
                            .says("Nuclear end use in " + cc + ", which is not in Supp. 3 to Part 744").policy("case-by-case")
                            .data("tradeguard-facts", c.factsVersion()).input("$.end_use.nuclear", "$.route.destination").build());
                    break;
                }
            }
        }
        if (u.missileOrUav()) {
            String d4 = places.stream().filter(cc -> c.data.inGroup("D:4", cc)).findFirst().orElse(null);
            if (u.wmdDelivery()) {
                out.add(Why.of("E-7", "EAR:744.3(a)(2)", Effect.LICENSE_REQUIRED).cite("15 CFR 744.3(a)(2)")
                        .says("Rocket or UAV end use for delivery of chemical, biological or nuclear weapons: licence required anywhere")
                        .policy("presumption of denial").input("$.end_use.missile_or_uav", "$.end_use.wmd_delivery").build());
            } else if (d4 != null) {
                Boolean range = u.rangeAtLeast300km();
                if (range == null) {
                    out.add(Why.of("E-7", "EAR:744.3(a)(3)", Effect.LICENSE_REQUIRED).cite("15 CFR 744.3(a)(3)")
                            .says("Rocket or UAV end use in or by " + d4.toUpperCase(java.util.Locale.ROOT) + " (Country Group D:4); range not determined")
                            .policy("case-by-case; presumption of denial where the use contributes to a missile programme [domain-rules M-1/M-2]")
                            .data("ear-country-groups", groups).matched("D:4 contains " + d4)
                            .input("$.end_use.missile_or_uav", "$.end_use.range_at_least_300km", "$.route.destination", "$.parties[*].country (end user)").build());
                } else if (range) {
                    out.add(Why.of("E-7", "EAR:744.3(a)(1)", Effect.LICENSE_REQUIRED).cite("15 CFR 744.3(a)(1)")
                            .says("Rocket systems or UAVs with a range of 300 km or more, in or by " + d4.toUpperCase(java.util.Locale.ROOT) + " (Country Group D:4)")
                            .policy("presumption of denial").data("ear-country-groups", groups).matched("D:4 contains " + d4)
                            .input("$.end_use.missile_or_uav", "$.end_use.range_at_least_300km", "$.route.destination").build());
                } else {
                    out.add(Why.of("E-7", "EAR:744.3:RANGE_BELOW_300", Effect.NOTE).cite("15 CFR 744.3(a)")
                            .says("Rocket or UAV end use in a D:4 country with a documented range below 300 km and no WMD delivery: 744.3 does not apply")
                            .data("ear-country-groups", groups).input("$.end_use.range_at_least_300km").build());
                }
            }
        }
        if (u.chemicalBiological()) {
            out.add(Why.of("E-7", "EAR:744.4", Effect.LICENSE_REQUIRED).cite("15 CFR 744.4")
                    .says("Chemical or biological weapons end use: licence required for any destination").policy("presumption of denial")
                    .input("$.end_use.chemical_biological").build());
        }
        boolean support = c.t.usJurisdiction() && c.t.payment() != null
                && ((u.missileOrUav() && places.stream().anyMatch(cc -> c.data.inGroup("D:4", cc) || c.data.inGroup("E:2", cc)))
                || u.chemicalBiological() || u.wmdDelivery());
        if (support) {
            out.add(Why.of("E-7", "EAR:744.6", Effect.LICENSE_REQUIRED).cite("15 CFR 744.6 (US-person support, incl. financing and freight forwarding)")
                    .says("US-person financing of a missile, CBW or WMD-delivery end use is 'support' under 744.6 even where no EAR item moves")
                    .policy("case-by-case").data("ear-country-groups", groups).input("$.payment", "$.us_jurisdiction", "$.end_use").build());
        }
        if (u.military() || u.militaryEndUser()) {
            JsonNode meu = c.data.fact("meu_744_21");
            Set<String> any = ReferenceData.strings(meu.get("any_item"));
            Set<String> supp2 = ReferenceData.strings(meu.get("supp2_items"));
            for (String cc : places) {
                if (any.contains(cc)) {
                    out.add(Why.of("E-7", "EAR:744.21", Effect.LICENSE_REQUIRED).cite(meu.get("citation").asText())
                            .says("Military end use or end user in " + cc.toUpperCase(java.util.Locale.ROOT) + ": licence required for any item subject to the EAR")
                            .policy("policy of denial").data("tradeguard-facts", c.factsVersion()).input("$.end_use.military", "$.end_use.military_end_user", "$.route.destination").build());
                    break;
                }
                if (supp2.contains(cc)) {
                    out.add(Why.of("E-7", "EAR:744.21:SUPP2", Effect.HOLD).cite(meu.get("citation").asText())
                            .says("Military end use or end user in " + cc.toUpperCase(java.util.Locale.ROOT) + ": licence required for items in Supp. 2 to Part 744 (not in the data): review")
                            .data("tradeguard-facts", c.factsVersion()).input("$.end_use.military", "$.end_use.military_end_user", "$.route.destination").build());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * E-12: every red flag present and not resolved holds; two flags are also derived from the
     * parties: a freight forwarder as final consignee (10) and a trader consignee in a third country
     * between exporter and end user (11, routing).
     */
    static List<Reason> redFlags(Context c) {
        List<Reason> out = new ArrayList<>();
        JsonNode catalogue = c.data.fact("red_flags");
        for (int i = 0; i < c.t.redFlags().size(); i++) {
            RedFlagAnswer a = c.t.redFlags().get(i);
            if (!a.present()) {
                continue;
            }
            String text = catalogue.path(a.flag()).asText("red flag " + a.flag());
            String path = "$.red_flags[" + i + "]";
            if (a.resolved()) {
                out.add(Why.of("E-12", "E-12:" + a.flag(), Effect.NOTE).cite("Supp. 3 to Part 732")
                        .says("Red flag " + a.flag() + " (" + text + ") resolved by " + a.resolvedBy() + ": " + a.resolution())
                        .data("tradeguard-facts", c.factsVersion()).input(path).build());
            } else {
                out.add(Why.of("E-12", "E-12:" + a.flag(), Effect.HOLD).cite("Supp. 3 to Part 732; 15 CFR 736.2(b)(10) (GP10)")
                        .says("Red flag " + a.flag() + " present and unresolved: " + text + " Inquire or refrain.")
                        .data("tradeguard-facts", c.factsVersion()).input(path).build());
            }
        }
        for (Party p : c.t.parties()) {
            if (p.has(PartyRole.FREIGHT_FORWARDER) && (p.has(PartyRole.ULTIMATE_CONSIGNEE) || p.has(PartyRole.END_USER))) {
                out.addAll(derived(c, "10", catalogue, "Party " + p.id() + " is a freight forwarder named as the final consignee", c.partyPath(p) + ".roles"));
            }
        }
        List<String> endUsers = c.endUserCountries();
        for (Party p : c.t.parties()) {
            boolean trader = (p.has(PartyRole.INTERMEDIATE_CONSIGNEE) || p.has(PartyRole.PURCHASER))
                    && !p.has(PartyRole.END_USER) && !p.has(PartyRole.ULTIMATE_CONSIGNEE);
            if (trader && p.country() != null && !endUsers.isEmpty() && !endUsers.contains(p.country())
                    && !p.country().equals(c.t.route().exportCountry())) {
                out.addAll(derived(c, "11", catalogue, "Party " + p.id() + " \"" + p.name() + "\" is a trader consignee in "
                        + p.country() + " while the end user is in " + String.join(", ", endUsers) + " (third-country routing)",
                        c.partyPath(p) + ".country", "$.parties[*].country (end user)"));
            }
        }
        return out;
    }

    private static List<Reason> derived(Context c, String flag, JsonNode catalogue, String why, String... inputs) {
        boolean resolved = c.t.redFlags().stream().anyMatch(a -> a.flag().equals(flag) && a.resolved());
        if (resolved) {
            return List.of();
        }
        return List.of(Why.of("E-12", "E-12:" + flag, Effect.HOLD).cite("Supp. 3 to Part 732")
                .says(why + ": " + catalogue.path(flag).asText() + " Inquire or refrain.")
                .data("tradeguard-facts", c.factsVersion()).input(inputs).build());
    }
}
