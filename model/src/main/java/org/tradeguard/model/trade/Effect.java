package org.tradeguard.model.trade;

import java.util.Optional;

/**
 * What one reason does to the outcome, strongest first (domain-rules §1.0). {@code AUTHORISED}
 * records a licence, exception or general authorisation that covers a requirement; {@code NOTE}
 * records a rule that was evaluated and is evidence without changing the outcome.
 */
public enum Effect {
    BLOCK, REJECT, DENIAL_ORDER, LICENSE_REQUIRED, HOLD, AUTHORISED, NOTE;

    public String code() {
        return Codes.code(this);
    }

    public boolean prohibits() {
        return this == BLOCK || this == REJECT || this == DENIAL_ORDER;
    }

    public static Optional<Effect> parse(String text) {
        return Codes.parse(Effect.class, text, Effect::code);
    }
}
