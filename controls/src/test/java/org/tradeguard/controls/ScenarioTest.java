package org.tradeguard.controls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tradeguard.model.trade.Assessment;
import org.tradeguard.model.trade.Decision;
import org.tradeguard.model.trade.Reason;

/**
 * Scenario table: each {@code scenarios/NAME.json} is a transaction, {@code NAME.expected.json} its
 * expected outcome and the reasons (rule id, or "rule|code") that must fire, and those that must not.
 */
class ScenarioTest {

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> s = Files.list(Scenarios.dir())) {
            return s.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList();
        }
    }

    @Test
    void atLeastFortyScenarios() throws IOException {
        assertThat(scenarios()).hasSizeGreaterThanOrEqualTo(40);
    }

    @TestFactory
    Stream<DynamicTest> everyScenario() throws IOException {
        return scenarios().stream().map(exp -> {
            String name = exp.getFileName().toString().replace(".expected.json", "");
            return DynamicTest.dynamicTest(name, () -> check(name, exp));
        });
    }

    private static void check(String name, Path expectedFile) {
        JsonNode exp = TradeJson.parse(expectedFile.toString(), Scenarios.read(expectedFile));
        Assessment a = Scenarios.CONTROLS.decide(Scenarios.inputs(Scenarios.dir().resolve(name + ".json")));
        Decision d = a.decision();
        List<String> fired = d.reasons().stream().map(r -> r.ruleId() + "|" + r.code() + "|" + r.effect().code()).toList();
        String why = name + " fired " + fired;
        assertThat(d.outcome()).as(why).isEqualTo(exp.get("outcome").asText());
        for (JsonNode r : exp.path("reasons")) {
            assertThat(d.reasons()).as(why + ": expected " + r.asText()).anyMatch(x -> matches(x, r.asText()));
        }
        for (JsonNode r : exp.path("absent")) {
            assertThat(d.reasons()).as(why + ": must not fire " + r.asText()).noneMatch(x -> matches(x, r.asText()));
        }
        switch (d) {
            case Decision.Prohibited p -> {
                if (exp.has("kind")) {
                    assertThat(p.kind().code()).as(why).isEqualTo(exp.get("kind").asText());
                }
            }
            case Decision.LicenseRequired l -> {
                if (exp.has("requirements")) {
                    List<String> req = new ArrayList<>();
                    exp.get("requirements").forEach(x -> req.add(x.asText()));
                    assertThat(l.requirements()).as(why).containsExactlyElementsOf(req);
                }
                if (exp.has("exception_available")) {
                    assertThat(l.exceptionAvailable()).as(why).isEqualTo(exp.get("exception_available").asBoolean());
                }
                if (exp.has("policies_contain")) {
                    assertThat(l.policies()).as(why).anyMatch(p -> p.contains(exp.get("policies_contain").asText()));
                }
            }
            case Decision.Proceed p -> {
                if (exp.has("authority")) {
                    assertThat(p.authority().code()).as(why).isEqualTo(exp.get("authority").asText());
                }
                if (exp.has("reference")) {
                    assertThat(p.reference()).as(why).isEqualTo(exp.get("reference").asText());
                }
            }
            case Decision.HoldForReview h -> assertThat(h.reasons()).as(why).anyMatch(r -> r.effect() == org.tradeguard.model.trade.Effect.HOLD);
        }
        for (Reason r : d.reasons()) {
            assertThat(r.citation()).as(name + " " + r.code() + " citation").isNotBlank();
            assertThat(r.inputs()).as(name + " " + r.code() + " inputs").isNotEmpty();
        }
    }

    private static boolean matches(Reason r, String spec) {
        int bar = spec.indexOf('|');
        return bar < 0 ? r.ruleId().equals(spec) : r.ruleId().equals(spec.substring(0, bar)) && r.code().equals(spec.substring(bar + 1));
    }
}
