package org.tradeguard.controls;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tradeguard.model.trade.EndUse;
import org.tradeguard.model.trade.Effect;
import org.tradeguard.model.trade.Item;
import org.tradeguard.model.trade.Licence;
import org.tradeguard.model.trade.LicenceAuthority;
import org.tradeguard.model.trade.Party;
import org.tradeguard.model.trade.PartyRole;
import org.tradeguard.model.trade.Reason;

/**
 * Second-phase rules: what may authorise the requirements the first phase found. Licence exceptions
 * with the §740.2 global bars (E-6), the EU001 general authorisation (U-4), and licences on file
 * (S-3 for OFAC, L-1 for BIS / EU / national licences).
 */
final class Authorisations {
    private Authorisations() {}

    private static final Set<String> ENC_ECCNS = Set.of("5A002", "5B002", "5D002", "5E002", "5A004");

    static boolean forItem(Reason r, int i) {
        String p = Context.itemPath(i) + ".";
        return r.inputs().stream().anyMatch(s -> s.startsWith(p));
    }

    /** The §740.2 global bars and GP4/5/6 limits that hold for the whole transaction. */
    static List<String> transactionBars(List<Reason> phase1) {
        List<String> bars = new ArrayList<>();
        for (Reason r : phase1) {
            if (r.code().startsWith("EAR:EntityList") && r.effect() == Effect.LICENSE_REQUIRED) {
                add(bars, "a party is on the Entity List (15 CFR 744.16(b))");
            } else if (r.ruleId().equals("E-11")) {
                add(bars, "a party is on the Unverified List (15 CFR 744.15)");
            } else if (r.ruleId().equals("E-7") && r.effect() == Effect.LICENSE_REQUIRED) {
                add(bars, "a Part 744 end-use or end-user requirement applies (GP5; exceptions overcome only GP1-3, 15 CFR 740.1(a))");
            } else if (r.ruleId().equals("E-10")) {
                add(bars, "a denial order applies (GP4)");
            } else if (r.ruleId().equals("E-3") && r.effect() == Effect.LICENSE_REQUIRED) {
                add(bars, "Part 746 embargo controls apply (GP6)");
            }
        }
        return bars;
    }

    private static void add(List<String> l, String s) {
        if (!l.contains(s)) {
            l.add(s);
        }
    }

    /** E-6: licence exceptions, evaluated only where E-4 requires a licence. */
    static Rule.Cover exceptions(Context c, List<Reason> phase1) {
        List<Reason> reasons = new ArrayList<>();
        List<Reason> covered = new ArrayList<>();
        List<String> txBars = transactionBars(phase1);
        for (int i = 0; i < c.t.items().size(); i++) {
            Item item = c.t.items().get(i);
            int idx = i;
            List<Reason> chart = phase1.stream().filter(r -> r.ruleId().equals("E-4") && r.effect() == Effect.LICENSE_REQUIRED && forItem(r, idx)).toList();
            if (chart.isEmpty()) {
                continue;
            }
            List<String> bars = new ArrayList<>();
            if (chart.stream().anyMatch(r -> r.code().contains(":MT"))
                    || c.data.ccl(item.eccnBase()).map(e -> e.reasons().contains("MT")).orElse(false)
                    && chart.stream().anyMatch(r -> r.code().equals("EAR:CCL:MT1"))) {
                bars.add("the item is controlled for MT reasons (15 CFR 740.2(a)(5))");
            }
            bars.addAll(txBars);
            String p = Context.itemPath(i);
            String claim = item.licenceException() == null ? null : item.licenceException().strip().toUpperCase(Locale.ROOT);
            if (!bars.isEmpty()) {
                reasons.add(Why.of("E-6", "EAR:740.2:BARRED", Effect.NOTE).cite("15 CFR 740.2(a); 740.1(a)")
                        .says("Item " + item.id() + ": no licence exception available" + (claim == null ? "" : " (" + claim + " claimed)") + ": " + String.join("; ", bars))
                        .data("ear-ccl", c.data.version("ear-ccl")).input(p + ".eccn", p + ".licence_exception").build());
                continue;
            }
            if (claim == null) {
                continue;
            }
            if (claim.equals("ENC")) {
                boolean eligible = ENC_ECCNS.contains(item.eccnBase()) && !c.data.inGroup("E:1", c.dest()) && !c.data.inGroup("E:2", c.dest());
                if (eligible) {
                    reasons.add(Why.of("E-6", "EAR:740.17:ENC", Effect.AUTHORISED).cite("15 CFR 740.17 (ENC)")
                            .says("Item " + item.id() + " (" + item.eccnBase() + ") may go under licence exception ENC to " + c.dest()
                                    + "; record ENC on the EEI; classification and reporting duties depend on the paragraph")
                            .data("ear-country-groups", c.data.version("ear-country-groups")).matched(chart.stream().map(Reason::code).toList())
                            .input(p + ".licence_exception", p + ".eccn", "$.route.destination").build());
                    covered.addAll(chart);
                } else {
                    reasons.add(Why.of("E-6", "EAR:740.17:NOT_ELIGIBLE", Effect.NOTE).cite("15 CFR 740.17")
                            .says("Item " + item.id() + ": ENC claimed but not eligible (ECCN " + item.eccnBase() + ", destination " + c.dest() + ")")
                            .input(p + ".licence_exception", p + ".eccn").build());
                }
            } else {
                reasons.add(Why.of("E-6", "EAR:740:" + claim + ":UNDETERMINED", Effect.HOLD).cite("15 CFR Part 740")
                        .says("Item " + item.id() + ": eligibility for licence exception " + claim
                                + " cannot be computed from the data (Country Group B, LVS values and paragraph conditions are not transcribed); a reviewer must confirm")
                        .input(p + ".licence_exception").build());
            }
        }
        return new Rule.Cover(reasons, covered);
    }

    /** U-4: EU001 covers Annex I exports to its destinations, never for WMD end uses or embargoed destinations. */
    static Rule.Cover euGeneral(Context c, List<Reason> phase1) {
        List<Reason> eu = phase1.stream().filter(r -> r.code().equals("EU:Art3") && r.effect() == Effect.LICENSE_REQUIRED).toList();
        if (eu.isEmpty()) {
            return Rule.Cover.NONE;
        }
        EndUse u = c.t.endUse();
        boolean wmd = u.wmdDelivery() || u.nuclear() || u.chemicalBiological() || u.missileOrUav();
        var f = c.data.fact("eu");
        if (!ReferenceData.strings(f.get("eu001_destinations")).contains(c.dest()) || wmd) {
            return Rule.Cover.NONE;
        }
        Reason r = Why.of("U-4", "EU:EU001", Effect.AUTHORISED).cite(f.get("eu001_citation").asText())
                .says("Union General Export Authorisation EU001 covers Annex I items to " + c.dest()
                        + "; register before first use and report as the member state requires")
                .data("tradeguard-facts", c.factsVersion()).matched("EU001 destinations include " + c.dest())
                .input("$.route.destination", "$.items[*].eu_dual_use_code").build();
        return new Rule.Cover(List.of(r), eu);
    }

    /** S-3 / L-1: licences on file that cover the remaining requirements; every condition checked, each failure said. */
    static Rule.Cover licences(Context c, List<Reason> open) {
        List<Reason> reasons = new ArrayList<>();
        List<Reason> covered = new ArrayList<>();
        for (int k = 0; k < c.t.licences().size(); k++) {
            String number = c.t.licences().get(k);
            String path = "$.licences[" + k + "]";
            Optional<Licence> found = c.licence(number);
            if (found.isEmpty()) {
                reasons.add(Why.of("L-1", "LICENCE:NOT_ON_FILE", Effect.HOLD).cite("domain-rules §1.0 (licence on file)")
                        .says("Licence " + number + " is not in the licence registry").input(path).build());
                continue;
            }
            Licence l = found.get();
            String rule = l.authority().ofac() ? "S-3" : "L-1";
            String cite = citation(l.authority());
            List<Reason> mine = new ArrayList<>();
            for (Reason r : open) {
                if (!covered.contains(r) && family(r.code(), l.authority()) && (l.requirements().isEmpty()
                        || l.requirements().stream().anyMatch(q -> r.code().equals(q) || r.code().startsWith(q + ":")))) {
                    mine.add(r);
                }
            }
            if (mine.isEmpty()) {
                reasons.add(Why.of(rule, "LICENCE:NOT_APPLICABLE", Effect.NOTE).cite(cite)
                        .says("Licence " + number + " (" + l.authority().code() + ") authorises none of the requirements found")
                        .data("licence-registry", number).input(path).build());
                continue;
            }
            String failure = failure(c, l);
            String evidence = number + ": " + l.authority().code() + ", valid " + l.validFrom() + " to " + (l.validTo() == null ? "open" : l.validTo())
                    + ", remaining quantity " + plain(l.remainingQuantity()) + ", remaining value " + plain(l.remainingValue())
                    + (l.currency() == null ? "" : " " + l.currency());
            if (failure != null) {
                reasons.add(Why.of(rule, "LICENCE:DOES_NOT_COVER", Effect.NOTE).cite(cite)
                        .says("Licence " + number + " does not cover this transaction: " + failure)
                        .data("licence-registry", number).matched(evidence).input(path).build());
                continue;
            }
            for (Reason r : mine) {
                reasons.add(Why.of(rule, r.code(), Effect.AUTHORISED).cite(cite)
                        .says("Licence " + number + " authorises " + r.code() + (l.conditions() == null ? "" : "; conditions: " + l.conditions()))
                        .data("licence-registry", number).matched(evidence).input(path).build());
            }
            covered.addAll(mine);
        }
        return new Rule.Cover(reasons, covered);
    }

    private static String citation(LicenceAuthority a) {
        return switch (a) {
            case BIS -> "15 CFR Part 750 (licence terms and conditions)";
            case OFAC_GL -> "31 CFR 501.101; general licence (Subpart E of the programme part)";
            case OFAC_SL -> "31 CFR 501.801 (specific licence)";
            case EU -> "Regulation (EU) 2021/821 Art. 12";
            case NATIONAL -> "national licence (e.g. Pakistan Export Control Act 2004)";
        };
    }

    /** Which requirement codes an authority can license. OFAC licences can also authorise an S-5 rejection. */
    static boolean family(String code, LicenceAuthority a) {
        return switch (a) {
            case BIS -> code.startsWith("EAR:");
            case OFAC_GL, OFAC_SL -> code.startsWith("OFAC:EMBARGO:");
            case EU -> code.startsWith("EU:");
            case NATIONAL -> code.startsWith("PK:");
        };
    }

    private static String failure(Context c, Licence l) {
        if (!l.validOn(c.date)) {
            return "not valid on " + c.date + " (valid " + l.validFrom() + " to " + (l.validTo() == null ? "open" : l.validTo()) + ")";
        }
        if (!l.destinations().isEmpty() && !l.destinations().contains(c.dest())) {
            return "destination " + c.dest() + " is not among " + l.destinations();
        }
        if (!l.parties().isEmpty()) {
            for (Party p : c.t.parties()) {
                boolean named = p.has(PartyRole.END_USER) || p.has(PartyRole.ULTIMATE_CONSIGNEE);
                if (named && l.parties().stream().noneMatch(n -> EucRules.same(n, p.name()))) {
                    return "party \"" + p.name() + "\" is not named on the licence";
                }
            }
        }
        if (!l.items().isEmpty()) {
            for (Item i : c.t.items()) {
                boolean ok = l.items().stream().anyMatch(code -> {
                    String u = code.toUpperCase(Locale.ROOT);
                    return (i.eccn() != null && i.eccn().toUpperCase(Locale.ROOT).startsWith(u)) || (i.hsCode() != null && i.hsCode().startsWith(u));
                });
                if (!ok) {
                    return "item " + i.id() + " (" + EucRules.code(i) + ") is not among " + l.items();
                }
            }
        }
        BigDecimal q = totalQuantity(c);
        BigDecimal v = totalValue(c);
        if (!l.fits(q, v)) {
            return "the use (quantity " + plain(q) + ", value " + plain(v) + ") exceeds what remains (quantity "
                    + plain(l.remainingQuantity()) + ", value " + plain(l.remainingValue()) + ")";
        }
        return null;
    }

    static BigDecimal totalQuantity(Context c) {
        return sum(c.t.items().stream().map(Item::quantity).toList());
    }

    static BigDecimal totalValue(Context c) {
        return sum(c.t.items().stream().map(Item::value).toList());
    }

    static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal s = BigDecimal.ZERO;
        boolean any = false;
        for (BigDecimal b : values) {
            if (b != null) {
                s = s.add(b);
                any = true;
            }
        }
        return any ? s : null;
    }

    static String plain(BigDecimal b) {
        return b == null ? "unlimited" : b.stripTrailingZeros().toPlainString();
    }
}
