package org.tradeguard.model.trade;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule fired: the evidence a compliance officer checks.
 *
 * @param ruleId        stable rule id from domain-rules.md, e.g. {@code S-1}, {@code E-4}
 * @param code          the specific requirement or finding, e.g. {@code EAR:CCL:MT1}, {@code EAR:744.8},
 *                      {@code OFAC:SDN}; the key a licence is matched against
 * @param citation      the legal citation, e.g. "15 CFR 744.8; E.O. 13382"
 * @param effect        what it does to the outcome
 * @param message       one readable sentence
 * @param source        the data source it read (list id or reference table id)
 * @param sourceVersion that source's version (publication or edition date)
 * @param matched       matched list entries or table rows, as "id: text"
 * @param inputs        the input fields used, as JSON paths into the transaction
 * @param policy        expected licence review policy, or null
 */
public record Reason(String ruleId, String code, String citation, Effect effect, String message, String source,
                     String sourceVersion, List<String> matched, List<String> inputs, String policy) {
    public Reason {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(message, "message");
        matched = matched == null ? List.of() : List.copyOf(matched);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
    }
}
