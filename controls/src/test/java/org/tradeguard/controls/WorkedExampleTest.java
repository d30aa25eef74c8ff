package org.tradeguard.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeguard.model.trade.Assessment;
import org.tradeguard.model.trade.Decision;
import org.tradeguard.model.trade.Effect;
import org.tradeguard.model.trade.ProhibitionKind;
import org.tradeguard.model.trade.Reason;

/** domain-rules.md §5, from the committed example file examples/worked-example.json. */
class WorkedExampleTest {

    private final Assessment a = Scenarios.CONTROLS.decide(Scenarios.inputs(Path.of("..", "examples", "worked-example.json")));

    private List<Reason> fired(String rule, String code) {
        return a.decision().reasons().stream().filter(r -> r.ruleId().equals(rule) && r.code().equals(code)).toList();
    }

    @Test
    void finalResultIsBlockOfThePayment() {
        assertThat(a.decision()).isInstanceOf(Decision.Prohibited.class);
        assertThat(((Decision.Prohibited) a.decision()).kind()).isEqualTo(ProhibitionKind.BLOCK);
        assertThat(a.retention().untilUnblocked()).isTrue();
        assertThat(a.retention().years()).isEqualTo(5); // 2024: OFAC 5 years (10 only from 12 Mar 2025), EAR 5
    }

    @Test
    void s1AndPay5GranpectMatchesSdn48621WithNpwmdAuthority() {
        List<Reason> s1 = fired("S-1", "OFAC:SDN");
        assertThat(s1).extracting(Reason::effect).containsOnly(Effect.BLOCK);
        assertThat(s1).anySatisfy(r -> {
            assertThat(r.matched()).anyMatch(m -> m.startsWith("ofac-48621: GRANPECT CO. LTD. [NPWMD]"));
            assertThat(r.citation()).contains("E.O. 13382").contains("31 CFR Part 544");
            assertThat(r.source()).isEqualTo("ofac-sdn");
            assertThat(r.sourceVersion()).isEqualTo("2024-05-03");
        });
        assertThat(fired("PAY-5", "OFAC:SDN:FUNDS")).singleElement().satisfies(r -> {
            assertThat(r.effect()).isEqualTo(Effect.BLOCK);
            assertThat(r.inputs()).contains("$.payment.held_by_us_person");
        });
    }

    @Test
    void buyerMatchesSdn48620AndNeedsA7448Licence() {
        assertThat(fired("S-1", "OFAC:SDN")).anySatisfy(r -> assertThat(r.matched()).anyMatch(m -> m.startsWith("ofac-48620")));
        assertThat(fired("E-7", "EAR:744.8")).anySatisfy(r -> assertThat(r.matched()).anyMatch(m -> m.startsWith("ofac-48620")));
    }

    @Test
    void e8SuparcoEntityListAllItemsCaseByCaseForCcl() {
        assertThat(fired("E-8", "EAR:EntityList")).singleElement().satisfies(r -> {
            assertThat(r.effect()).isEqualTo(Effect.LICENSE_REQUIRED);
            assertThat(r.message()).contains("For all items subject to the EAR");
            assertThat(r.policy()).isEqualTo("CCL items: case-by-case");
            assertThat(r.sourceVersion()).isEqualTo("2023-11-16");
        });
    }

    @Test
    void e4PakistanAndChinaLegsGiveNs2AndMt1AndNp1OnlyByScope() {
        assertThat(fired("E-4", "EAR:CCL:MT1")).hasSize(2);
        assertThat(fired("E-4", "EAR:CCL:NS2")).hasSize(2);
        assertThat(fired("E-4", "EAR:CCL:MT1")).allSatisfy(r -> assertThat(r.sourceVersion()).isEqualTo("eCFR 2026-08-07"));
        assertThat(fired("E-4", "EAR:CCL:NP1")).isEmpty();
        assertThat(fired("E-4", "EAR:CCL:NP1:SCOPE")).hasSize(2).allSatisfy(r -> assertThat(r.effect()).isEqualTo(Effect.HOLD));
        assertThat(fired("E-4", "EAR:CCL:AT1")).isEmpty();
    }

    @Test
    void e6NoLicenceExceptionBecauseMt() {
        assertThat(fired("E-6", "EAR:740.2:BARRED")).singleElement().satisfies(r -> assertThat(r.message()).contains("740.2(a)(5)"));
    }

    @Test
    void e7Missile7443ForD4EndUserWithUnknownRange() {
        assertThat(fired("E-7", "EAR:744.3(a)(3)")).singleElement().satisfies(r -> assertThat(r.matched()).contains("D:4 contains pk"));
    }

    @Test
    void m3MtcrCategoryTwoRestraint() {
        assertThat(fired("M-3", "MTCR:CAT_II")).singleElement().satisfies(r -> assertThat(r.policy()).contains("restraint"));
    }

    @Test
    void e12TraderConsigneeWithEndUserInThirdCountry() {
        assertThat(fired("E-12", "E-12:11")).singleElement().satisfies(r -> assertThat(r.effect()).isEqualTo(Effect.HOLD));
    }

    @Test
    void everyFiredReasonCarriesCitationAndInputs() {
        for (Reason r : a.decision().reasons()) {
            assertThat(r.citation()).as(r.ruleId() + " " + r.code()).isNotBlank();
            assertThat(r.inputs()).as(r.ruleId() + " " + r.code()).isNotEmpty();
        }
    }

    @Test
    void sameInputsSameDataSameDecision() {
        Assessment again = Scenarios.CONTROLS.decide(Scenarios.inputs(Path.of("..", "examples", "worked-example.json")));
        assertThat(again.decisionId()).isEqualTo(a.decisionId());
        assertThat(TradeJson.write(TradeJson.assessment(again))).isEqualTo(TradeJson.write(TradeJson.assessment(a)));
        assertThat(a.dataVersions()).extracting(d -> d.id()).contains("ear-country-chart", "ear-ccl", "tradeguard-facts", "list:ofac-sdn", "list:csl");
    }
}
