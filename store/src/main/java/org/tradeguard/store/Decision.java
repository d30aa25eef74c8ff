package org.tradeguard.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One analyst's decision on one alert. Never changed once written: a later decision on the same
 * alert names the one it {@code supersedes}; a second analyst's confirmation names the one it
 * {@code confirms}.
 *
 * @param id            {@code dec_...}
 * @param alertId       the alert decided
 * @param fingerprint   the alert's subject fingerprint (copied, so remembered decisions are one lookup)
 * @param entityId      the alert's listed entity
 * @param entityVersion the alert's listed entity version
 * @param verdict       true_match, false_positive or escalate
 * @param state         final, pending (waits for a second analyst) or escalated
 * @param reason        the analyst's reason, required
 * @param analyst       the deciding key id
 * @param at            when (UTC)
 * @param supersedes    the decision this one replaces, or null
 * @param confirms      the pending decision this one confirms (four-eyes), or null
 */
public record Decision(String id, String alertId, String fingerprint, String entityId, String entityVersion,
                       Verdict verdict, State state, String reason, String analyst, Instant at, String supersedes,
                       String confirms) {

    /** Whether a decision stands on its own. */
    public enum State {
        FINAL("final"), PENDING("pending"), ESCALATED("escalated");

        private final String code;

        State(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static State ofCode(String code) {
            for (State s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            throw new StoreException("unknown decision state in the database: " + code);
        }
    }

    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(entityVersion, "entityVersion");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(at, "at");
    }
}
