package org.tradeguard.controls;

import java.util.ArrayList;
import java.util.List;
import org.tradeguard.model.trade.Effect;
import org.tradeguard.model.trade.Reason;

/** Builds one {@link Reason}; rules read better with named steps than with a ten-argument constructor. */
final class Why {
    private final String rule;
    private final String code;
    private final Effect effect;
    private String citation = "";
    private String message = "";
    private String source;
    private String version;
    private final List<String> matched = new ArrayList<>();
    private final List<String> inputs = new ArrayList<>();
    private String policy;

    private Why(String rule, String code, Effect effect) {
        this.rule = rule;
        this.code = code;
        this.effect = effect;
    }

    static Why of(String rule, String code, Effect effect) {
        return new Why(rule, code, effect);
    }

    Why cite(String c) {
        this.citation = c;
        return this;
    }

    Why says(String m) {
        this.message = m;
        return this;
    }

    Why data(String sourceId, String sourceVersion) {
        this.source = sourceId;
        this.version = sourceVersion;
        return this;
    }

    Why matched(String m) {
        matched.add(m);
        return this;
    }

    Why matched(List<String> ms) {
        matched.addAll(ms);
        return this;
    }

    Why input(String... paths) {
        inputs.addAll(List.of(paths));
        return this;
    }

    Why policy(String p) {
        this.policy = p;
        return this;
    }

    Reason build() {
        return new Reason(rule, code, citation, effect, message, source, version, matched, inputs, policy);
    }
}
