package org.tradeguard.controls;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.ScreeningQuery;
import org.tradeguard.model.trade.Assessment;
import org.tradeguard.model.trade.AuthorityKind;
import org.tradeguard.model.trade.DataVersion;
import org.tradeguard.model.trade.Decision;
import org.tradeguard.model.trade.Effect;
import org.tradeguard.model.trade.Party;
import org.tradeguard.model.trade.ProhibitionKind;
import org.tradeguard.model.trade.Reason;
import org.tradeguard.model.trade.Retention;
import org.tradeguard.model.trade.Transaction;

/**
 * The decision engine: rules evaluated in a declared order over {@link Inputs} and {@link
 * ReferenceData}, combined with the precedence of domain-rules §1.0. {@link #decide} is pure: the
 * same inputs and the same data versions give the same assessment, decision id included.
 */
public final class Controls {

    /** First phase, in this order; each rule sees only the inputs and the reference data. */
    static final List<Rule> RULES = List.of(
            new Rule("S-1", "SDN screening, fuzzy hits, payment blocking (S-1, S-4, PAY-5)", PartyRules::sdn),
            new Rule("S-2", "50 Percent Rule and BIS Affiliates Rule over declared ownership", PartyRules::ownership),
            new Rule("S-5", "Comprehensive embargoes (reject)", ItemRules::comprehensive),
            new Rule("S-6", "Non-SDN lists", PartyRules::nonSdn),
            new Rule("S-7", "Other regimes: UN, UK, EU, ISN", PartyRules::otherRegimes),
            new Rule("E-10", "Denied Persons List", PartyRules::deniedPersons),
            new Rule("E-1", "Jurisdiction gate", ItemRules::jurisdiction),
            new Rule("E-2", "Classification gate", ItemRules::classification),
            new Rule("E-3", "Part 746 embargoes and Russia/Belarus", ItemRules::embargo),
            new Rule("E-4", "Commerce Country Chart", ItemRules::countryChart),
            new Rule("E-7", "Listed end users (744.8 NPWMD, 744.21 MEU)", PartyRules::listedEndUse),
            new Rule("E-7", "End-use catch-alls (744.2, 744.3, 744.4, 744.6, 744.21)", EndUseRules::catchAll),
            new Rule("E-8", "Entity List and policy normalisation (E-8, E-9)", PartyRules::entityList),
            new Rule("E-11", "Unverified List", PartyRules::unverified),
            new Rule("E-12", "Red flags", EndUseRules::redFlags),
            new Rule("M-3", "MTCR category", ItemRules::mtcr),
            new Rule("U-1", "EU Annex I", RegimeRules::euListed),
            new Rule("U-3", "EU catch-all", RegimeRules::euCatchAll),
            new Rule("P-1", "Pakistan SECDIV", RegimeRules::secdiv),
            new Rule("P-3", "Negative lists by HS code", RegimeRules::negativeLists),
            new Rule("C-1", "EUC completeness", EucRules::completeness),
            new Rule("C-2", "EUC consistency", EucRules::consistency),
            new Rule("C-3", "EUC retransfer clause", EucRules::retransferClause),
            new Rule("C-4", "EUC signature and validity", EucRules::signatureAndValidity));

    /** Second phase: what may authorise the requirements of the first. */
    static final List<Rule.Authorising> AUTHORISING = List.of(
            new Rule.Authorising("E-6", "Licence exceptions and their global bars", Authorisations::exceptions),
            new Rule.Authorising("U-4", "EU general export authorisation EU001", Authorisations::euGeneral),
            new Rule.Authorising("S-3/L-1", "Licences on file", Authorisations::licences));

    private final ReferenceData data;

    public Controls(ReferenceData data) {
        this.data = data;
    }

    public ReferenceData data() {
        return data;
    }

    /** Screens every party of a transaction through the port: the one impure step, recorded with the decision. */
    public static List<ScreenedParty> screen(Transaction t, PartyScreening screening) {
        List<ScreenedParty> out = new ArrayList<>();
        for (Party p : t.parties()) {
            ScreeningQuery q = new ScreeningQuery(p.name(), p.schema(), p.country(), null, p.identifiers(), p.id());
            List<Hit> hits = screening.screen(q);
            Map<String, List<Entity>> related = new LinkedHashMap<>();
            for (Hit h : hits) {
                if (h.alert()) {
                    related.put(h.entity().id(), screening.related(h.entity().id()));
                }
            }
            out.add(new ScreenedParty(p.id(), hits, related));
        }
        return out;
    }

    /** Evaluates every rule and combines the reasons into a decision. Pure. */
    public Assessment decide(Inputs inputs) {
        Context c = new Context(inputs, data);
        List<Reason> phase1 = new ArrayList<>();
        for (Rule r : RULES) {
            phase1.addAll(r.evaluate().apply(c));
        }
        Set<Reason> covered = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Reason> phase2 = new ArrayList<>();
        for (Rule.Authorising a : AUTHORISING) {
            List<Reason> open = phase1.stream().filter(r -> !covered.contains(r)
                    && (r.effect() == Effect.LICENSE_REQUIRED || r.code().startsWith("OFAC:EMBARGO:") && r.effect() == Effect.REJECT)).toList();
            Rule.Cover cover = a.evaluate().apply(c, a.id().equals("E-6") ? phase1 : open);
            phase2.addAll(cover.reasons());
            covered.addAll(cover.covered());
        }
        List<Reason> all = new ArrayList<>(phase1);
        all.addAll(phase2);
        Decision decision = combine(all, covered);
        List<String> used = new ArrayList<>();
        if (decision instanceof Decision.Proceed) {
            for (Reason r : phase2) {
                if (r.effect() == Effect.AUTHORISED && (r.ruleId().equals("L-1") || r.ruleId().equals("S-3")) && !used.contains(r.sourceVersion())) {
                    used.add(r.sourceVersion());
                }
            }
        }
        List<DataVersion> versions = versions(inputs);
        return new Assessment(decisionId(inputs, versions), inputs.transaction().id(), inputs.evaluationDate(), versions,
                decision, retention(c, decision), used);
    }

    /** §1.0 precedence: prohibited (block > reject > denial order) > licence required > hold > proceed. */
    static Decision combine(List<Reason> all, Set<Reason> covered) {
        ProhibitionKind kind = null;
        for (Reason r : all) {
            if (r.effect().prohibits() && !covered.contains(r)) {
                ProhibitionKind k = switch (r.effect()) {
                    case BLOCK -> ProhibitionKind.BLOCK;
                    case REJECT -> ProhibitionKind.REJECT;
                    default -> ProhibitionKind.DENIAL_ORDER;
                };
                if (kind == null || k.ordinal() < kind.ordinal()) {
                    kind = k;
                }
            }
        }
        if (kind != null) {
            return new Decision.Prohibited(kind, all);
        }
        List<Reason> open = all.stream().filter(r -> r.effect() == Effect.LICENSE_REQUIRED && !covered.contains(r)).toList();
        if (!open.isEmpty()) {
            Set<String> codes = new LinkedHashSet<>();
            Set<String> policies = new LinkedHashSet<>();
            for (Reason r : open) {
                codes.add(r.code());
                if (r.policy() != null) {
                    policies.add(r.code() + ": " + r.policy());
                }
            }
            boolean barred = all.stream().anyMatch(r -> r.code().equals("EAR:740.2:BARRED"));
            boolean onlyChart = open.stream().allMatch(r -> r.ruleId().equals("E-4"));
            return new Decision.LicenseRequired(List.copyOf(codes), List.copyOf(policies), onlyChart && !barred, all);
        }
        if (all.stream().anyMatch(r -> r.effect() == Effect.HOLD)) {
            return new Decision.HoldForReview(all);
        }
        Set<String> licences = new LinkedHashSet<>();
        Set<String> exceptions = new LinkedHashSet<>();
        Set<String> general = new LinkedHashSet<>();
        for (Reason r : all) {
            if (r.effect() != Effect.AUTHORISED) {
                continue;
            }
            switch (r.ruleId()) {
                case "E-6" -> exceptions.add(r.code().substring(r.code().lastIndexOf(':') + 1));
                case "U-4" -> general.add(r.code().substring(r.code().lastIndexOf(':') + 1));
                default -> licences.add(r.sourceVersion());
            }
        }
        List<String> refs = new ArrayList<>(licences);
        refs.addAll(exceptions);
        refs.addAll(general);
        AuthorityKind authority = !licences.isEmpty() ? AuthorityKind.LICENCE : !exceptions.isEmpty() ? AuthorityKind.LICENCE_EXCEPTION
                : !general.isEmpty() ? AuthorityKind.GENERAL_AUTHORISATION : AuthorityKind.NLR;
        return new Decision.Proceed(authority, refs.isEmpty() ? "NLR" : String.join("; ", refs), all);
    }

    /** the longest applicable retention period, from dated data. */
    Retention retention(Context c, Decision d) {
        int years = 0;
        List<String> cites = new ArrayList<>();
        for (var r : data.fact("retention")) {
            boolean applies = r.get("regime").asText().equals("ofac") ? c.t.usJurisdiction()
                    : r.get("regime").asText().equals("ear") && c.anySubjectToEar();
            if (applies && ReferenceData.inEffect(r, c.date)) {
                years = Math.max(years, r.get("years").asInt());
                cites.add(r.get("citation").asText() + ": " + r.get("years").asInt() + " years");
            }
        }
        boolean blocked = d instanceof Decision.Prohibited p && p.kind() == ProhibitionKind.BLOCK;
        if (blocked) {
            cites.add("blocked property: the blocked period plus " + years + " years after unblocking (R-6)");
        }
        LocalDate base = c.t.date().isAfter(c.date) ? c.t.date() : c.date;
        return new Retention(years, base.plusYears(years), blocked, cites);
    }

    private List<DataVersion> versions(Inputs inputs) {
        Map<String, DataVersion> v = new java.util.TreeMap<>();
        data.versions().forEach(d -> v.put(d.id(), d));
        for (ScreenedParty sp : inputs.screening()) {
            for (Hit h : sp.hits()) {
                var s = h.entity().provenance().snapshot();
                v.putIfAbsent("list:" + s.source(), new DataVersion("list:" + s.source(),
                        s.published() == null ? "unpublished" : s.published().toString(), s.sha256()));
            }
        }
        return List.copyOf(v.values());
    }

    static String decisionId(Inputs inputs, List<DataVersion> versions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inputs", TradeJson.inputs(inputs));
        m.put("data_versions", versions.stream().map(d -> List.of(d.id(), d.version(), String.valueOf(d.sha256()))).toList());
        byte[] bytes = TradeJson.write(m).getBytes(StandardCharsets.UTF_8);
        return "dec-" + ReferenceData.sha256(bytes).substring(0, 20);
    }
}
