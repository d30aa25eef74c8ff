package org.tradeguard.controls;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradeguard.model.Prop;
import org.tradeguard.model.trade.Effect;
import org.tradeguard.model.trade.Item;
import org.tradeguard.model.trade.Party;
import org.tradeguard.model.trade.PartyRole;
import org.tradeguard.model.trade.Reason;
import org.tradeguard.model.trade.Stake;

/** Party rules: screening consequences by list and programme (S-1, S-4, S-6, S-7, PAY-5, E-7 list-based, E-8..E-11), ownership (S-2). */
final class PartyRules {
    private PartyRules() {}

    /** S-1 / S-4 / PAY-5: SDN hits block; unresolved fuzzy hits and weak-alias-only hits hold; cleared hits are noted. */
    static List<Reason> sdn(Context c) {
        List<Reason> out = new ArrayList<>();
        for (Context.PartyMatch m : c.matches) {
            switch (m.status()) {
                case CLEARED -> out.add(Why.of("S-1", "SCREENING:CLEARED", Effect.NOTE)
                        .cite("31 CFR 501; OFAC FAQ 5 (hit disposition)")
                        .says("Hit on " + m.entity().id() + " for party " + m.party().id() + " cleared by " + m.disposition().reviewer()
                                + (m.disposition().note() == null ? "" : ": " + m.disposition().note()))
                        .data(m.source(), m.sourceVersion()).matched(m.evidence())
                        .input(m.partyPath() + ".name", "$.screening_dispositions").build());
                case UNRESOLVED -> out.add(Why.of("S-1", "SCREENING:UNRESOLVED", Effect.HOLD)
                        .cite("domain-rules §1.0: unresolved fuzzy hit; never auto-cleared")
                        .says("Party " + m.party().id() + " \"" + m.party().name() + "\" is a possible match of " + m.entity().caption()
                                + " (" + m.kind() + "); a reviewer must confirm or clear it")
                        .data(m.source(), m.sourceVersion()).matched(m.evidence()).input(m.partyPath() + ".name").build());
                case WEAK_ALIAS_ONLY -> out.add(Why.of("S-4", "SCREENING:WEAK_ALIAS", Effect.HOLD)
                        .cite("OFAC FAQ 122, 124 (weak aliases)")
                        .says("Party " + m.party().id() + " matches only a weak alias of " + m.entity().caption()
                                + "; a weak alias confirms, never triggers: review with other identifiers")
                        .data(m.source(), m.sourceVersion()).matched(m.evidence()).input(m.partyPath() + ".name").build());
                case CONFIRMED -> {
                    if (m.kind().equals("sdn")) {
                        out.addAll(blocked(c, m));
                    }
                }
            }
        }
        return out;
    }

    private static List<Reason> blocked(Context c, Context.PartyMatch m) {
        List<Reason> out = new ArrayList<>();
        String citation = programmeCitation(c, m.listed(Prop.PROGRAM));
        if (ownerOnly(m.party())) {
            out.add(Why.of("S-1", "OFAC:SDN:OWNER", Effect.NOTE).cite(citation)
                    .says("Beneficial owner " + m.party().id() + " is the SDN " + m.entity().caption()
                            + "; an owner is not a party to the dealing: its stakes are aggregated under S-2")
                    .data(m.source(), m.sourceVersion()).matched(m.evidence()).input(m.partyPath() + ".name", m.partyPath() + ".roles").build());
            return out;
        }
        if (!c.t.usJurisdiction()) {
            out.add(Why.of("S-1", "OFAC:SDN", Effect.HOLD).cite(citation)
                    .says("Party " + m.party().id() + " is an SDN, but the transaction declares no US jurisdiction: review which regimes apply (S-7)")
                    .data(m.source(), m.sourceVersion()).matched(m.evidence()).input(m.partyPath() + ".name", "$.us_jurisdiction").build());
            return out;
        }
        out.add(Why.of("S-1", "OFAC:SDN", Effect.BLOCK).cite(citation)
                .says("Party " + m.party().id() + " \"" + m.party().name() + "\" (" + roles(m.party()) + ") is the SDN "
                        + m.entity().caption() + ": block the property, no dealing or services")
                .data(m.source(), m.sourceVersion()).matched(m.evidence()).input(m.partyPath() + ".name", m.partyPath() + ".roles", "$.us_jurisdiction").build());
        if (c.t.payment() != null && c.t.payment().heldByUsPerson() && m.party().roles().stream().anyMatch(PartyRole::paymentParty)) {
            out.add(Why.of("PAY-5", "OFAC:SDN:FUNDS", Effect.BLOCK).cite(citation + "; blocked funds into a blocked interest-bearing account (e.g. 31 CFR 544.203)")
                    .says("The payment names the SDN " + m.entity().caption() + " as " + roles(m.party())
                            + " and the funds are held by a US person: block the funds and report within 10 business days (R-1)")
                    .data(m.source(), m.sourceVersion()).matched(m.evidence())
                    .input(m.partyPath() + ".name", "$.payment.held_by_us_person").build());
        }
        return out;
    }

    /** A party that appears only as a beneficial owner: its listing acts through S-2, not directly. */
    static boolean ownerOnly(Party p) {
        return p.roles().stream().allMatch(r -> r == PartyRole.BENEFICIAL_OWNER);
    }

    static String programmeCitation(Context c, List<String> programs) {
        List<String> cites = new ArrayList<>();
        for (String p : programs) {
            String cite = "programme " + p + " (31 CFR Chapter V)";
            for (JsonNode row : c.data.fact("programmes")) {
                if (row.get("program").asText().equalsIgnoreCase(p)) {
                    cite = p + ": " + row.get("citation").asText();
                }
            }
            cites.add(cite);
        }
        return cites.isEmpty() ? "31 CFR Chapter V (programme not stated on the entry)" : String.join("; ", cites);
    }

    private static String roles(Party p) {
        return String.join("/", p.roles().stream().map(PartyRole::code).toList());
    }

    /** E-7 (list-based): 744.8 for E.O. 13382 (NPWMD) designations; 744.21 for the Military End User list. */
    static List<Reason> listedEndUse(Context c) {
        List<Reason> out = new ArrayList<>();
        if (!c.anySubjectToEar()) {
            return out;
        }
        for (Context.PartyMatch m : c.confirmed("sdn")) {
            if (ownerOnly(m.party())) {
                continue;
            }
            for (String p : m.listed(Prop.PROGRAM)) {
                boolean npwmd = false;
                for (JsonNode row : c.data.fact("programmes")) {
                    npwmd |= row.get("program").asText().equalsIgnoreCase(p) && row.path("ear_744_8").asBoolean();
                }
                if (npwmd) {
                    out.add(Why.of("E-7", "EAR:744.8", Effect.LICENSE_REQUIRED).cite("15 CFR 744.8 (persons designated under E.O. 13382)")
                            .says("Party " + m.party().id() + " is designated under E.O. 13382 [" + p + "]: a licence is required for all items subject to the EAR")
                            .policy("presumption of denial [UNVERIFIED wording]")
                            .data(m.source(), m.sourceVersion()).matched(m.evidence()).input(m.partyPath() + ".name").build());
                }
            }
        }
        for (Context.PartyMatch m : c.confirmed("meu")) {
            if (m.party().roles().stream().anyMatch(PartyRole::exportParty)) {
                out.add(Why.of("E-7", "EAR:744.21", Effect.LICENSE_REQUIRED).cite("15 CFR 744.21; Supp. 7 to Part 744 (Military End-User List)")
                        .says("Party " + m.party().id() + " is on the Military End-User List")
                        .policy("presumption of denial").data(m.source(), m.sourceVersion()).matched(m.evidence())
                        .input(m.partyPath() + ".name", m.partyPath() + ".roles").build());
            }
        }
        return out;
    }

    /** E-8 / E-9: Entity List requirement and normalised review policy for export parties. */
    static List<Reason> entityList(Context c) {
        List<Reason> out = new ArrayList<>();
        for (Context.PartyMatch m : c.confirmed("entity_list")) {
            String requirement = String.join("; ", m.listed(Prop.LICENSE_REQUIREMENT));
            String rawPolicy = String.join("; ", m.listed(Prop.LICENSE_POLICY));
            String fr = String.join("; ", m.listed(Prop.FEDERAL_REGISTER));
            if (ownerOnly(m.party())) {
                out.add(Why.of("E-8", "EAR:EntityList:OWNER", Effect.NOTE).cite("15 CFR 744.11; Supp. 8 to Part 744")
                        .says("Beneficial owner " + m.party().id() + " is on the Entity List; its affiliates are assessed under the Affiliates Rule (E-8)")
                        .data(m.source(), m.sourceVersion()).matched(m.evidence()).input(m.partyPath() + ".roles").build());
                continue;
            }
            if (!m.party().roles().stream().anyMatch(PartyRole::exportParty)) {
                out.add(Why.of("E-8", "EAR:EntityList:OTHER_ROLE", Effect.HOLD).cite("15 CFR 744.11; 748.5(c)-(f)")
                        .says("Party " + m.party().id() + " is on the Entity List in a role (" + roles(m.party())
                                + ") the listing does not attach to: review its involvement")
                        .data(m.source(), m.sourceVersion()).matched(m.evidence()).input(m.partyPath() + ".roles").build());
                continue;
            }
            String policy = policy(rawPolicy, c.t.items());
            out.add(Why.of("E-8", "EAR:EntityList", Effect.LICENSE_REQUIRED)
                    .cite("15 CFR 744.11, 744.16; Supp. 4 to Part 744" + (fr.isEmpty() ? "" : " (" + fr + ")"))
                    .says("Party " + m.party().id() + " \"" + m.party().name() + "\" is on the Entity List: licence required "
                            + (requirement.isEmpty() ? "(requirement not stated on the entry)" : "\"" + requirement + "\"")
                            + "; no licence exceptions")
                    .policy(policy).data(m.source(), m.sourceVersion()).matched(m.evidence())
                    .matched("licence requirement: " + requirement).matched("licence review policy: " + rawPolicy)
                    .input(m.partyPath() + ".name", m.partyPath() + ".roles").build());
            out.add(Why.of("E-9", "EAR:EntityList:POLICY", Effect.NOTE).cite("Supp. 4 to Part 744 (License Review Policy column)")
                    .says("Review policy \"" + rawPolicy + "\" normalised to: " + policy)
                    .data(m.source(), m.sourceVersion()).matched(m.entity().id() + ": " + rawPolicy).input("$.items[*].eccn").build());
        }
        return out;
    }

    /** E-9: policy text per item class (CCL or EAR99), raw text kept by the caller. */
    static String policy(String raw, List<Item> items) {
        String p = raw.toLowerCase(Locale.ROOT);
        boolean anyCcl = items.stream().anyMatch(i -> !i.ear99());
        boolean anyEar99 = items.stream().anyMatch(Item::ear99);
        if (p.isBlank()) {
            return "not stated on the entry";
        }
        if (p.contains("case-by-case") && p.contains("presumption of approval for ear99")) {
            List<String> parts = new ArrayList<>();
            if (anyCcl) {
                parts.add("CCL items: case-by-case");
            }
            if (anyEar99) {
                parts.add("EAR99 items: presumption of approval");
            }
            return String.join("; ", parts);
        }
        if (p.contains("presumption of denial")) {
            return "presumption of denial";
        }
        if (p.contains("policy of denial")) {
            return "denial";
        }
        if (p.contains("case-by-case") || p.contains("case by case")) {
            return "case-by-case";
        }
        if (p.contains("see §") || p.contains("see \u00a7")) {
            return "see the cited section: " + raw.strip();
        }
        return "unrecognised, review the raw text";
    }

    /** E-10: an active denial order on the transaction date. */
    static List<Reason> deniedPersons(Context c) {
        List<Reason> out = new ArrayList<>();
        for (Context.PartyMatch m : c.confirmed("dpl")) {
            LocalDate start = firstDate(m.listed(Prop.START_DATE));
            LocalDate end = firstDate(m.listed(Prop.END_DATE));
            boolean active = (start == null || !c.date.isBefore(start)) && (end == null || !c.date.isAfter(end));
            String window = "effective " + (start == null ? "(not stated)" : start) + ", expires " + (end == null ? "(not stated)" : end);
            if (active) {
                out.add(Why.of("E-10", "EAR:DPL", Effect.DENIAL_ORDER).cite("15 CFR 736.2(b)(4) (General Prohibition 4); Part 764")
                        .says("Party " + m.party().id() + " is under an active BIS denial order (" + window + "); no licence exceptions")
                        .data(m.source(), m.sourceVersion()).matched(m.evidence()).matched(window)
                        .input(m.partyPath() + ".name", "$.date").build());
            } else {
                out.add(Why.of("E-10", "EAR:DPL:INACTIVE", Effect.NOTE).cite("15 CFR Part 764")
                        .says("Party " + m.party().id() + " matches a denial order that is not in effect on " + c.date + " (" + window + ")")
                        .data(m.source(), m.sourceVersion()).matched(m.evidence()).input(m.partyPath() + ".name", "$.date").build());
            }
        }
        return out;
    }

    private static LocalDate firstDate(List<String> values) {
        for (String v : values) {
            var d = org.tradeguard.model.PartialDate.parseIso(v);
            if (d.isPresent() && d.get().month() > 0) {
                var pd = d.get();
                return LocalDate.of(pd.year(), pd.month(), Math.max(1, pd.day()));
            }
        }
        return null;
    }

    /** E-11: Unverified List — UVL statement before an NLR shipment; no exceptions; EEI always. */
    static List<Reason> unverified(Context c) {
        List<Reason> out = new ArrayList<>();
        for (Context.PartyMatch m : c.confirmed("uvl")) {
            boolean statement = c.t.uvlStatements().contains(m.party().id());
            out.add(Why.of("E-11", statement ? "EAR:UVL:STATEMENT_ON_FILE" : "EAR:UVL", statement ? Effect.NOTE : Effect.HOLD)
                    .cite("15 CFR 744.15; Supp. 6 to Part 744")
                    .says("Party " + m.party().id() + " is on the Unverified List: no licence exceptions, EEI filing required regardless of value"
                            + (statement ? "; the signed UVL statement is on file" : "; obtain the signed UVL statement before proceeding"))
                    .data(m.source(), m.sourceVersion()).matched(m.evidence()).input(m.partyPath() + ".name", "$.uvl_statements").build());
        }
        return out;
    }

    /** S-6: non-SDN lists restrict only the listed activity: flag for review. */
    static List<Reason> nonSdn(Context c) {
        List<Reason> out = new ArrayList<>();
        for (Context.PartyMatch m : c.confirmed("nonsdn")) {
            out.add(Why.of("S-6", "OFAC:NONSDN", Effect.HOLD).cite(programmeCitation(c, m.listed(Prop.PROGRAM)) + "; non-SDN list (no blocking)")
                    .says("Party " + m.party().id() + " is on a non-SDN list: prohibited only if the activity matches the listed restriction; review")
                    .data(m.source(), m.sourceVersion()).matched(m.evidence()).input(m.partyPath() + ".name").build());
        }
        return out;
    }

    /** S-7: other regimes (UN, UK, EU), ISN and other sanctions data: freeze where the regime applies, else review. */
    static List<Reason> otherRegimes(Context c) {
        List<Reason> out = new ArrayList<>();
        for (Context.PartyMatch m : c.matches) {
            if (m.status() != Context.Status.CONFIRMED) {
                continue;
            }
            String kind = m.kind();
            if (!List.of("un", "uk", "eu", "isn", "other").contains(kind)) {
                continue;
            }
            boolean applies = c.t.regimes().contains(kind);
            String code = kind.toUpperCase(Locale.ROOT) + (applies ? ":FREEZE" : ":LISTED");
            out.add(Why.of("S-7", code, applies ? Effect.BLOCK : Effect.HOLD)
                    .cite(switch (kind) {
                        case "un" -> "UN Security Council consolidated list; FATF R.7 (freeze without delay)";
                        case "uk" -> "UK sanctions regulations (asset freeze)";
                        case "eu" -> "EU restrictive measures (asset freeze; no funds or economic resources made available)";
                        case "isn" -> "US State Department nonproliferation sanctions (ISN)";
                        default -> "sanctions data outside the configured regimes";
                    })
                    .says("Party " + m.party().id() + " is listed (" + kind + ")" + (applies
                            ? ": the regime applies to this transaction, freeze" : ": the regime is not declared applicable, review"))
                    .data(m.source(), m.sourceVersion()).matched(m.evidence()).input(m.partyPath() + ".name", "$.regimes").build());
        }
        return out;
    }

    /**
     * S-2: OFAC 50 Percent Rule over declared stakes, iterated to a fixed point (FAQ 401): a blocked
     * intermediate counts with its full stake. Below the threshold but at or above the review floor:
     * hold. E-8 Affiliates Rule over the same graph with Entity List / MEU seeds, switched by its
     * effective and suspension dates.
     */
    static List<Reason> ownership(Context c) {
        List<Reason> out = new ArrayList<>();
        JsonNode rule = null;
        for (JsonNode r : c.data.fact("ownership")) {
            if (r.get("regime").asText().equals("ofac") && ReferenceData.inEffect(r, c.date)) {
                rule = r;
            }
        }
        if (rule != null) {
            Map<String, String> seeds = new LinkedHashMap<>();
            c.confirmed("sdn").forEach(m -> seeds.putIfAbsent(m.party().id(), m.entity().id() + " " + m.entity().caption()));
            BigDecimal threshold = rule.get("threshold").decimalValue();
            BigDecimal floor = rule.get("review_floor").decimalValue();
            Map<String, String> blocked = closure(c, seeds, threshold);
            for (Party p : c.t.parties()) {
                if (seeds.containsKey(p.id())) {
                    continue;
                }
                if (blocked.containsKey(p.id())) {
                    Effect e = c.t.usJurisdiction() ? Effect.BLOCK : Effect.HOLD;
                    out.add(Why.of("S-2", "OFAC:50PCT", e).cite(rule.get("citation").asText())
                            .says("Party " + p.id() + " \"" + p.name() + "\" is owned 50% or more in aggregate by blocked persons: treated as blocked")
                            .data("tradeguard-facts", c.factsVersion())
                            .matched(blocked.get(p.id())).input(c.partyPath(p) + ".owners").build());
                } else {
                    BigDecimal s = blockedStake(p, blocked.keySet());
                    if (s.compareTo(floor) >= 0) {
                        out.add(Why.of("S-2", "OFAC:OWNED_BELOW_50", Effect.HOLD).cite(rule.get("citation").asText() + "; OFAC FAQ 398")
                                .says("Party " + p.id() + " is " + s.stripTrailingZeros().toPlainString()
                                        + "% owned by blocked persons: below 50%, not blocked, but OFAC urges caution")
                                .data("tradeguard-facts", c.factsVersion()).matched(stakeEvidence(p, blocked.keySet()))
                                .input(c.partyPath(p) + ".owners").build());
                    }
                }
            }
        }
        out.addAll(affiliates(c));
        return out;
    }

    private static List<Reason> affiliates(Context c) {
        List<Reason> out = new ArrayList<>();
        JsonNode rule = c.data.fact("affiliates_rule");
        if (!ReferenceData.inEffect(rule, c.date)) {
            return out;
        }
        JsonNode suspension = null;
        for (JsonNode s : rule.path("suspensions")) {
            if (ReferenceData.inEffect(s, c.date)) {
                suspension = s;
            }
        }
        Map<String, String> seeds = new LinkedHashMap<>();
        c.confirmed("entity_list").forEach(m -> seeds.putIfAbsent(m.party().id(), m.entity().id() + " " + m.entity().caption()));
        c.confirmed("meu").forEach(m -> seeds.putIfAbsent(m.party().id(), m.entity().id() + " " + m.entity().caption()));
        if (seeds.isEmpty()) {
            return out;
        }
        Map<String, String> affiliated = closure(c, seeds, rule.get("threshold").decimalValue());
        for (Party p : c.t.parties()) {
            if (seeds.containsKey(p.id()) || !affiliated.containsKey(p.id()) || p.roles().stream().noneMatch(PartyRole::exportParty)) {
                continue;
            }
            if (suspension != null) {
                out.add(Why.of("E-8", "EAR:AFFILIATE:SUSPENDED", Effect.HOLD)
                        .cite(rule.get("citation").asText() + "; suspended " + suspension.get("from").asText() + " to " + suspension.get("to").asText())
                        .says("Party " + p.id() + " is owned 50% or more by listed parties; the Affiliates Rule is suspended on " + c.date
                                + ", so this is a red flag to resolve, not a licence requirement")
                        .data("tradeguard-facts", c.factsVersion()).matched(affiliated.get(p.id())).input(c.partyPath(p) + ".owners").build());
            } else {
                out.add(Why.of("E-8", "EAR:EntityList:AFFILIATE", Effect.LICENSE_REQUIRED).cite(rule.get("citation").asText())
                        .says("Party " + p.id() + " is owned 50% or more by listed parties: the most restrictive owner's requirements apply")
                        .policy("as the owner's entry").data("tradeguard-facts", c.factsVersion()).matched(affiliated.get(p.id()))
                        .input(c.partyPath(p) + ".owners").build());
            }
        }
        return out;
    }

    /** Fixed point of the aggregate-ownership rule; returns blocked party id -> evidence (ownership path). */
    private static Map<String, String> closure(Context c, Map<String, String> seeds, BigDecimal threshold) {
        Map<String, String> blocked = new LinkedHashMap<>(seeds);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Party p : c.t.parties()) {
                if (blocked.containsKey(p.id())) {
                    continue;
                }
                BigDecimal s = blockedStake(p, blocked.keySet());
                if (s.compareTo(threshold) >= 0) {
                    blocked.put(p.id(), "owned " + s.stripTrailingZeros().toPlainString() + "% by blocked persons: "
                            + String.join(" + ", stakeEvidence(p, blocked.keySet()).stream()
                            .map(e -> e + " [" + blocked.get(e.substring(0, e.indexOf(' '))) + "]").toList()));
                    changed = true;
                }
            }
        }
        return blocked;
    }

    private static BigDecimal blockedStake(Party p, java.util.Set<String> blocked) {
        BigDecimal s = BigDecimal.ZERO;
        for (Stake st : p.owners()) {
            if (blocked.contains(st.owner())) {
                s = s.add(st.percent());
            }
        }
        return s;
    }

    private static List<String> stakeEvidence(Party p, java.util.Set<String> blocked) {
        return p.owners().stream().filter(st -> blocked.contains(st.owner()))
                .map(st -> st.owner() + " " + st.percent().stripTrailingZeros().toPlainString() + "%").toList();
    }
}
