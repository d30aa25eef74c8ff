package org.tradeguard.model.trade;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Parsing of persisted codes (lower-case strings), never ordinals. */
final class Codes {
    private Codes() {}

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text, Function<E, String> code) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (code.apply(e).equals(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
