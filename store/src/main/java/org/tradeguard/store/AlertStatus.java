package org.tradeguard.store;

import java.util.Optional;

/** Where an alert stands. {@link #code()} is what is stored and shown. */
public enum AlertStatus {
    /** No decision yet. */
    OPEN("open"),
    /** Escalated: waits for a senior decision. */
    ESCALATED("escalated"),
    /** One analyst decided; four-eyes wants a second analyst to confirm. */
    PENDING_CONFIRMATION("pending_confirmation"),
    /** A final decision stands. */
    CLOSED("closed");

    private final String code;

    AlertStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AlertStatus> ofCode(String code) {
        for (AlertStatus s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
