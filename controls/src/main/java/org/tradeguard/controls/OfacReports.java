package org.tradeguard.controls;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradeguard.model.trade.Assessment;
import org.tradeguard.model.trade.Decision;
import org.tradeguard.model.trade.Effect;
import org.tradeguard.model.trade.Item;
import org.tradeguard.model.trade.Party;
import org.tradeguard.model.trade.PartyRole;
import org.tradeguard.model.trade.ProhibitionKind;
import org.tradeguard.model.trade.Reason;
import org.tradeguard.model.trade.Transaction;

/**
 * The OFAC reports a block or a rejection calls for, filled from the decision: the initial blocked
 * property report (R-1, 31 CFR 501.603(b)(1)) and the rejected transaction report (R-3, 501.604),
 * due 10 US business days after the date of blocking or rejection (holidays are data). Fields the
 * engine cannot know (the holder's contact, account numbers) are marked "to be completed".
 */
public final class OfacReports {
    private OfacReports() {}

    static final String TO_COMPLETE = "(to be completed by the filer)";

    /** The report for a BLOCK or REJECT decision; empty for any other outcome. */
    public static Optional<Map<String, Object>> report(Transaction t, Assessment a, ReferenceData data) {
        if (!(a.decision() instanceof Decision.Prohibited p) || p.kind() == ProhibitionKind.DENIAL_ORDER) {
            return Optional.empty();
        }
        boolean block = p.kind() == ProhibitionKind.BLOCK;
        Effect effect = block ? Effect.BLOCK : Effect.REJECT;
        List<Reason> grounds = p.reasons().stream().filter(r -> r.effect() == effect).toList();
        int days = data.fact("reports").get("business_days").asInt();
        LocalDate due = data.businessDays().plus(a.evaluationDate(), days);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report", block ? "Initial Report of Blocked Property (R-1)" : "Report of Rejected Transaction (R-3)");
        m.put("regulation", data.fact("reports").get(block ? "blocked" : "rejected").asText());
        m.put("decision_id", a.decisionId());
        m.put("transaction_id", t.id());
        m.put("date_of_action", a.evaluationDate().toString());
        m.put("due_date", due.toString());
        m.put("due_rule", days + " US business days after the date of " + (block ? "blocking" : "rejection")
                + " (federal holidays: data set us-federal-holidays " + data.version("us-federal-holidays") + ")");
        Party holder = t.withRole(PartyRole.EXPORTER).stream().findFirst().orElse(t.withRole(PartyRole.BANK).stream().findFirst().orElse(null));
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("name", holder == null ? TO_COMPLETE : holder.name());
        h.put("address", holder == null || holder.address() == null ? TO_COMPLETE : holder.address());
        h.put("contact", TO_COMPLETE);
        m.put("holder", h);
        m.put("transaction_type", t.payment() != null ? "export of goods with payment (trade finance / funds transfer)" : "export of goods");
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Party x : t.parties()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", x.name());
            pm.put("roles", x.roles().stream().map(PartyRole::code).toList());
            pm.put("country", x.country());
            pm.put("address", x.address());
            parts.add(pm);
        }
        m.put("participants", parts);
        m.put("references", t.payment() != null && t.payment().reference() != null ? List.of(t.id(), t.payment().reference()) : List.of(t.id()));
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Reason r : grounds) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("rule", r.ruleId());
            tm.put("narrative", r.message());
            tm.put("list_entries", r.matched());
            tm.put("source", r.source() + " " + r.sourceVersion());
            targets.add(tm);
        }
        m.put("sanctions_targets", targets);
        List<String> property = new ArrayList<>();
        for (Item i : t.items()) {
            property.add(i.id() + ": " + (i.description() == null ? "" : i.description()) + (i.quantity() == null ? "" : ", quantity " + i.quantity().toPlainString())
                    + (i.value() == null ? "" : ", value " + i.value().toPlainString() + " " + (i.currency() == null ? "" : i.currency())));
        }
        if (t.payment() != null) {
            property.add("funds: " + (t.payment().amount() == null ? "" : t.payment().amount().toPlainString()) + " " + (t.payment().currency() == null ? "" : t.payment().currency()));
        }
        m.put("property", property);
        m.put("property_location_and_accounts", TO_COMPLETE);
        m.put("value_usd", valueUsd(t));
        m.put("value_narrative", "Trade documents are reported at $0 with the shipment value in the narrative (31 CFR 501.603(b)(1)(ii)(F)); "
                + "foreign-currency amounts are converted at a notional rate stated by the filer.");
        m.put("action_taken", block ? "Property blocked; funds to be held in a blocked interest-bearing account" : "Transaction rejected; nothing transferred");
        List<String> authority = new ArrayList<>();
        grounds.forEach(r -> {
            if (!authority.contains(r.citation())) {
                authority.add(r.citation());
            }
        });
        m.put("legal_authority", authority);
        m.put("documents", List.of("payment instructions", "commercial invoice", "letter of credit or contract", "bill of lading (as applicable)"));
        m.put("retention", "keep this report and the records: " + a.retention().years() + " years" + (a.retention().untilUnblocked()
                ? " after unblocking (the blocked period plus " + a.retention().years() + " years)" : ", until at least " + a.retention().keepUntil()));
        return Optional.of(m);
    }

    private static BigDecimal valueUsd(Transaction t) {
        if (t.payment() != null && t.payment().amount() != null && "USD".equalsIgnoreCase(t.payment().currency())) {
            return t.payment().amount();
        }
        return BigDecimal.ZERO;
    }

    /** A printable HTML page of a report; every text is escaped. */
    public static String html(Map<String, Object> report) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(String.valueOf(report.get("report"))))
                .append("</title>\n<style>body{font:11pt/1.4 serif;margin:2cm}table{border-collapse:collapse;width:100%}")
                .append("th,td{border:1px solid #444;padding:4px;vertical-align:top;text-align:left}th{width:25%}@media print{body{margin:1cm}}</style>")
                .append("</head><body>\n<h1>").append(esc(String.valueOf(report.get("report")))).append("</h1>\n<table>\n");
        for (Map.Entry<String, Object> e : report.entrySet()) {
            if (e.getKey().equals("report")) {
                continue;
            }
            sb.append("<tr><th>").append(esc(e.getKey().replace('_', ' '))).append("</th><td>");
            cell(sb, e.getValue());
            sb.append("</td></tr>\n");
        }
        return sb.append("</table>\n</body></html>\n").toString();
    }

    private static void cell(StringBuilder sb, Object v) {
        if (v instanceof Map<?, ?> m) {
            sb.append("<dl>");
            m.forEach((k, x) -> {
                sb.append("<dt>").append(esc(String.valueOf(k).replace('_', ' '))).append("</dt><dd>");
                cell(sb, x);
                sb.append("</dd>");
            });
            sb.append("</dl>");
        } else if (v instanceof List<?> l) {
            sb.append("<ul>");
            for (Object x : l) {
                sb.append("<li>");
                cell(sb, x);
                sb.append("</li>");
            }
            sb.append("</ul>");
        } else if (v instanceof BigDecimal b) {
            sb.append(esc(b.toPlainString()));
        } else {
            sb.append(esc(v == null ? "" : String.valueOf(v)));
        }
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
