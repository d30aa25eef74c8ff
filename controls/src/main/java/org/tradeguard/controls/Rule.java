package org.tradeguard.controls;

import java.util.List;
import java.util.function.Function;
import org.tradeguard.model.trade.Reason;

/**
 * One rule: a stable id from domain-rules.md, a title, and a pure function from the context to the
 * reasons it fires (empty when it does not apply). Rules never read the clock; the evaluation date
 * is in the context.
 */
record Rule(String id, String title, Function<Context, List<Reason>> evaluate) {

    /** A rule of the second phase: it reads the reasons of the first (licence exceptions, licences). */
    record Authorising(String id, String title, java.util.function.BiFunction<Context, List<Reason>, Cover> evaluate) {}

    /**
     * What an authorising rule adds: reasons (AUTHORISED, NOTE or HOLD), and which first-phase
     * reasons it covers.
     */
    record Cover(List<Reason> reasons, List<Reason> covered) {
        static final Cover NONE = new Cover(List.of(), List.of());
    }
}
