package org.tradeguard.controls;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;
import org.tradeguard.model.trade.Euc;
import org.tradeguard.model.trade.Item;
import org.tradeguard.model.trade.Licence;
import org.tradeguard.model.trade.Party;
import org.tradeguard.model.trade.PartyRole;
import org.tradeguard.model.trade.ScreeningDisposition;
import org.tradeguard.model.trade.Transaction;

/** What every rule reads: the inputs, the reference data, and facts derived from them once. */
final class Context {

    /** How a screening hit stands. */
    enum Status { CONFIRMED, UNRESOLVED, WEAK_ALIAS_ONLY, CLEARED }

    /** An alerting hit on one party, with its disposition and list kind ({@code sdn}, {@code entity_list} ...). */
    record PartyMatch(Party party, String partyPath, Hit hit, Status status, String kind, List<Entity> related,
                      ScreeningDisposition disposition) {
        Entity entity() {
            return hit.entity();
        }

        /** A property of the listed entity, else of its Sanction records. */
        List<String> listed(String prop) {
            List<String> v = new ArrayList<>(entity().get(prop));
            for (Entity r : related) {
                if (r.schema() == Schema.SANCTION) {
                    r.get(prop).stream().filter(x -> !v.contains(x)).forEach(v::add);
                }
            }
            return v;
        }

        String evidence() {
            Entity e = entity();
            String programs = String.join(",", e.get(Prop.PROGRAM));
            return String.format(Locale.ROOT, "%s: %s%s; score %.2f (%s), matched name \"%s\"", e.id(), e.caption(),
                    programs.isEmpty() ? "" : " [" + programs + "]", hit.score(), hit.algorithm(), hit.matchedName());
        }

        String source() {
            return entity().provenance().source();
        }

        String sourceVersion() {
            var s = entity().provenance().snapshot();
            return s.published() != null ? s.published().toString() : "sha256:" + s.sha256().substring(0, Math.min(12, s.sha256().length()));
        }
    }

    final Inputs inputs;
    final Transaction t;
    final ReferenceData data;
    final LocalDate date;
    final List<PartyMatch> matches;
    private final Map<String, Licence> licences = new HashMap<>();
    private final Map<String, Euc> eucs = new HashMap<>();

    Context(Inputs inputs, ReferenceData data) {
        this.inputs = inputs;
        this.t = inputs.transaction();
        this.data = data;
        this.date = inputs.evaluationDate();
        inputs.licences().forEach(l -> licences.put(l.number(), l));
        inputs.eucs().forEach(e -> eucs.put(e.number(), e));
        this.matches = List.copyOf(matches());
    }

    private List<PartyMatch> matches() {
        double confirm = data.fact("screening").get("confirm_score").asDouble();
        List<PartyMatch> out = new ArrayList<>();
        for (ScreenedParty sp : inputs.screening()) {
            Optional<Party> party = t.party(sp.partyId());
            if (party.isEmpty()) {
                continue;
            }
            Party p = party.get();
            for (Hit h : sp.hits()) {
                if (!h.alert()) {
                    continue;
                }
                ScreeningDisposition disp = t.dispositions().stream()
                        .filter(d -> d.party().equals(p.id()) && d.entity().equals(h.entity().id())).findFirst().orElse(null);
                Status status;
                if (disp != null) {
                    status = disp.match() ? Status.CONFIRMED : Status.CLEARED;
                } else if (h.explanation() != null && Prop.WEAK_ALIAS.equals(h.explanation().listProperty())) {
                    status = Status.WEAK_ALIAS_ONLY;
                } else if (h.score() >= confirm) {
                    status = Status.CONFIRMED;
                } else {
                    status = Status.UNRESOLVED;
                }
                out.add(new PartyMatch(p, partyPath(p), h, status, kind(h.entity()),
                        sp.related().getOrDefault(h.entity().id(), List.of()), disp));
            }
        }
        return out;
    }

    /** The list kind of a listed entity, from the {@code list_kinds} table of facts.json. */
    String kind(Entity e) {
        for (JsonNode k : data.fact("list_kinds")) {
            if (k.has("id_prefix") && e.id().startsWith(k.get("id_prefix").asText())) {
                return k.get("kind").asText();
            }
            if (k.has("dataset") && e.datasets().contains(k.get("dataset").asText())) {
                return k.get("kind").asText();
            }
        }
        return "other";
    }

    List<PartyMatch> confirmed(String kind) {
        return matches.stream().filter(m -> m.status() == Status.CONFIRMED && m.kind().equals(kind)).toList();
    }

    String partyPath(Party p) {
        return "$.parties[" + t.parties().indexOf(p) + "]";
    }

    static String itemPath(int i) {
        return "$.items[" + i + "]";
    }

    Optional<Licence> licence(String number) {
        return Optional.ofNullable(licences.get(number));
    }

    Optional<Euc> euc(String number) {
        return Optional.ofNullable(eucs.get(number));
    }

    String dest() {
        return t.route().destination();
    }

    /** The de minimis percentage for the destination (15 CFR 734.4): 10 for E:1 / E:2, else 25. */
    BigDecimal deMinimis() {
        JsonNode dm = data.fact("de_minimis");
        for (var g : (Iterable<Map.Entry<String, JsonNode>>) dm.get("groups")::fields) {
            if (data.inGroup(g.getKey(), dest())) {
                return g.getValue().decimalValue();
            }
        }
        return dm.get("default_percent").decimalValue();
    }

    /**
     * Whether an item is subject to the EAR (E-1). Unknown facts count as subject, so the EAR rules
     * still run; E-1 holds the transaction for the missing facts.
     */
    boolean subjectToEar(Item i) {
        if (Boolean.TRUE.equals(i.usOrigin())) {
            return true;
        }
        if (i.usContentPercent() != null) {
            return i.usContentPercent().compareTo(deMinimis()) > 0;
        }
        return true;
    }

    boolean anySubjectToEar() {
        return t.items().stream().anyMatch(this::subjectToEar);
    }

    /** Countries of the end users (or the ultimate consignees when no end user is named). */
    List<String> endUserCountries() {
        List<String> out = new ArrayList<>();
        List<Party> eu = t.withRole(PartyRole.END_USER);
        if (eu.isEmpty()) {
            eu = t.withRole(PartyRole.ULTIMATE_CONSIGNEE);
        }
        for (Party p : eu) {
            if (p.country() != null && !out.contains(p.country())) {
                out.add(p.country());
            }
        }
        return out;
    }

    String factsVersion() {
        return data.factsVersion();
    }
}
