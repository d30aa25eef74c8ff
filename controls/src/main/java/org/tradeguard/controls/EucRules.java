package org.tradeguard.controls;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tradeguard.model.trade.Effect;
import org.tradeguard.model.trade.Euc;
import org.tradeguard.model.trade.EucLine;
import org.tradeguard.model.trade.Item;
import org.tradeguard.model.trade.Party;
import org.tradeguard.model.trade.PartyRole;
import org.tradeguard.model.trade.Reason;
import org.tradeguard.model.trade.Signature;

/** End-user certificates referenced by the transaction (C-1 completeness, C-2 consistency, C-3 retransfer clause, C-4 signature and validity). */
final class EucRules {
    private EucRules() {}

    private static final String SOURCE = "euc-registry";

    static List<Reason> completeness(Context c) {
        List<Reason> out = new ArrayList<>();
        for (int k = 0; k < c.t.eucs().size(); k++) {
            String number = c.t.eucs().get(k);
            String path = "$.eucs[" + k + "]";
            Optional<Euc> e = c.euc(number);
            if (e.isEmpty()) {
                out.add(Why.of("C-1", "EUC:NOT_ON_FILE", Effect.HOLD).cite("Supp. 3 to Part 748; domain-rules §2.4")
                        .says("End-user certificate " + number + " is not in the registry").input(path).build());
                continue;
            }
            Euc euc = e.get();
            List<String> missing = new ArrayList<>();
            if (blank(euc.issuingAuthority())) {
                missing.add("issuing_authority");
            }
            if (blank(euc.endUser())) {
                missing.add("end_user");
            }
            if (blank(euc.endUse())) {
                missing.add("end_use");
            }
            if (euc.destination() == null) {
                missing.add("destination");
            }
            if (euc.items().isEmpty()) {
                missing.add("items");
            }
            if (euc.validFrom() == null || euc.validTo() == null) {
                missing.add("valid_from/valid_to");
            }
            if (euc.signatures().isEmpty()) {
                missing.add("signatures");
            }
            if (!missing.isEmpty()) {
                out.add(Why.of("C-1", "EUC:INCOMPLETE", Effect.HOLD).cite("Supp. 3 to Part 748; domain-rules §2.4")
                        .says("End-user certificate " + number + " lacks: " + String.join(", ", missing))
                        .data(SOURCE, number).matched(number + ": missing " + missing).input(path).build());
            }
        }
        return out;
    }

    static List<Reason> consistency(Context c) {
        List<Reason> out = new ArrayList<>();
        for (int k = 0; k < c.t.eucs().size(); k++) {
            Optional<Euc> e = c.euc(c.t.eucs().get(k));
            if (e.isEmpty()) {
                continue;
            }
            Euc euc = e.get();
            String path = "$.eucs[" + k + "]";
            List<Party> endUsers = c.t.withRole(PartyRole.END_USER);
            if (!blank(euc.endUser()) && !endUsers.isEmpty()
                    && endUsers.stream().noneMatch(p -> same(p.name(), euc.endUser()))) {
                out.add(Why.of("C-2", "EUC:END_USER_MISMATCH", Effect.HOLD).cite("domain-rules C-2; Supp. 3 to Part 732 (red flag)")
                        .says("EUC " + euc.number() + " names end user \"" + euc.endUser() + "\", the transaction names "
                                + endUsers.stream().map(p -> "\"" + p.name() + "\"").toList())
                        .data(SOURCE, euc.number()).input(path, "$.parties[*].name (end user)").build());
            }
            if (euc.destination() != null && !euc.destination().equals(c.dest())) {
                out.add(Why.of("C-2", "EUC:DESTINATION_MISMATCH", Effect.HOLD).cite("domain-rules C-2")
                        .says("EUC " + euc.number() + " is for " + euc.destination() + ", the route ends in " + c.dest())
                        .data(SOURCE, euc.number()).input(path, "$.route.destination").build());
            }
            for (int i = 0; i < c.t.items().size(); i++) {
                Item item = c.t.items().get(i);
                String ip = Context.itemPath(i);
                Optional<EucLine> line = euc.items().stream().filter(l -> covers(l, item)).findFirst();
                if (line.isEmpty()) {
                    out.add(Why.of("C-2", "EUC:ITEM_NOT_COVERED", Effect.HOLD).cite("domain-rules C-2")
                            .says("Item " + item.id() + " (" + code(item) + ") is not on EUC " + euc.number())
                            .data(SOURCE, euc.number()).input(path, ip + ".eccn", ip + ".hs_code").build());
                    continue;
                }
                BigDecimal remaining = line.get().remaining();
                if (remaining != null && item.quantity() != null && item.quantity().compareTo(remaining) > 0) {
                    out.add(Why.of("C-2", "EUC:QUANTITY_EXCEEDED", Effect.HOLD).cite("domain-rules C-2")
                            .says("Item " + item.id() + ": quantity " + item.quantity().toPlainString() + " exceeds what remains on EUC "
                                    + euc.number() + " (" + remaining.toPlainString() + ")")
                            .data(SOURCE, euc.number()).matched(euc.number() + " " + line.get().code() + ": " + line.get().quantity().toPlainString()
                                    + " certified, " + line.get().used().toPlainString() + " used")
                            .input(path, ip + ".quantity").build());
                }
            }
        }
        return out;
    }

    static List<Reason> retransferClause(Context c) {
        List<Reason> out = new ArrayList<>();
        for (int k = 0; k < c.t.eucs().size(); k++) {
            Optional<Euc> e = c.euc(c.t.eucs().get(k));
            if (e.isPresent() && !e.get().noReexportClause()) {
                out.add(Why.of("C-3", "EUC:NO_RETRANSFER_CLAUSE", Effect.HOLD).cite("domain-rules C-3; 15 CFR 758.6")
                        .says("EUC " + e.get().number() + " has no no-reexport / no-retransfer undertaking")
                        .data(SOURCE, e.get().number()).input("$.eucs[" + k + "]").build());
            }
        }
        return out;
    }

    static List<Reason> signatureAndValidity(Context c) {
        List<Reason> out = new ArrayList<>();
        for (int k = 0; k < c.t.eucs().size(); k++) {
            Optional<Euc> e = c.euc(c.t.eucs().get(k));
            if (e.isEmpty()) {
                continue;
            }
            Euc euc = e.get();
            String path = "$.eucs[" + k + "]";
            for (Signature s : euc.signatures()) {
                if (blank(s.name()) || blank(s.title()) || s.date() == null) {
                    out.add(Why.of("C-4", "EUC:SIGNATURE_INCOMPLETE", Effect.HOLD).cite("Supp. 3 to Part 748 (responsible official: name, title, date)")
                            .says("EUC " + euc.number() + ": a signature lacks name, title or date").data(SOURCE, euc.number()).input(path).build());
                    break;
                }
            }
            if (euc.validTo() != null && c.date.isAfter(euc.validTo())) {
                out.add(Why.of("C-4", "EUC:EXPIRED", Effect.HOLD).cite("domain-rules C-4; 15 CFR 748.11 (validity)")
                        .says("EUC " + euc.number() + " expired on " + euc.validTo() + " (transaction date " + c.date + ")")
                        .data(SOURCE, euc.number()).matched(euc.number() + ": valid " + euc.validFrom() + " to " + euc.validTo())
                        .input(path, "$.date").build());
            } else if (euc.validFrom() != null && c.date.isBefore(euc.validFrom())) {
                out.add(Why.of("C-4", "EUC:NOT_YET_VALID", Effect.HOLD).cite("domain-rules C-4")
                        .says("EUC " + euc.number() + " is valid only from " + euc.validFrom())
                        .data(SOURCE, euc.number()).input(path, "$.date").build());
            }
        }
        return out;
    }

    static String code(Item i) {
        return i.eccn() != null ? i.eccn() : i.hsCode() != null ? "HS " + i.hsCode() : i.euDualUseCode();
    }

    private static boolean covers(EucLine l, Item item) {
        String code = l.code().strip().toUpperCase(Locale.ROOT);
        return (item.eccn() != null && (item.eccn().toUpperCase(Locale.ROOT).startsWith(code) || code.startsWith(item.eccn().toUpperCase(Locale.ROOT))))
                || (item.hsCode() != null && item.hsCode().startsWith(code.replace(".", "")))
                || (item.euDualUseCode() != null && item.euDualUseCode().toUpperCase(Locale.ROOT).startsWith(code));
    }

    static boolean same(String a, String b) {
        return norm(a).equals(norm(b));
    }

    static String norm(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(ch)) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
