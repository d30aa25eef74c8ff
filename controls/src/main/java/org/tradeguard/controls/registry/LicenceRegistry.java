package org.tradeguard.controls.registry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.tradeguard.model.trade.Licence;

/**
 * The licences on file. {@link #use} draws on a licence atomically: two concurrent uses never
 * overdraw it, whatever the implementation.
 */
public interface LicenceRegistry {

    /** Adds a licence; a licence with the same number is a {@link DuplicateException}. */
    void add(Licence licence);

    Optional<Licence> find(String number);

    /** All licences, by number. */
    List<Licence> list();

    /**
     * Draws {@code quantity} and {@code value} (either may be null) from the licence if they fit in
     * what remains, in one atomic step.
     */
    Use use(String number, BigDecimal quantity, BigDecimal value);

    /** Gives back a use that could not be recorded (the decision store failed): nothing half-recorded. */
    void release(String number, BigDecimal quantity, BigDecimal value);

    /** The outcome of a use. */
    sealed interface Use {
        record Used(Licence after) implements Use {}

        record NotFound(String number) implements Use {}

        record Insufficient(Licence current) implements Use {}
    }

    /** A record with the same key is already on file. */
    final class DuplicateException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DuplicateException(String message) {
            super(message);
        }
    }
}
