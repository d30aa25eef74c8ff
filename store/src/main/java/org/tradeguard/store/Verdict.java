package org.tradeguard.store;

import java.util.Optional;

/** An analyst's verdict on an alert. {@link #code()} is what is stored and sent. */
public enum Verdict {
    TRUE_MATCH("true_match"),
    FALSE_POSITIVE("false_positive"),
    ESCALATE("escalate");

    private final String code;

    Verdict(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** True for the verdicts that settle an alert and are remembered for the next screening. */
    public boolean settles() {
        return this != ESCALATE;
    }

    public static Optional<Verdict> ofCode(String code) {
        for (Verdict v : values()) {
            if (v.code.equals(code)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
