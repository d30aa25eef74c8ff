package org.tradeguard.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradeguard.model.trade.Assessment;
import org.tradeguard.model.trade.Transaction;

class OfacReportsTest {

    private static Map<String, Object> report(String scenario) {
        Path p = Scenarios.dir().resolve(scenario + ".json");
        Transaction t = TradeJson.transaction(p.toString(), Scenarios.read(p));
        Assessment a = Scenarios.CONTROLS.decide(Scenarios.inputs(t, t.date()));
        return OfacReports.report(t, a, ReferenceData.bundled()).orElseThrow();
    }

    @Test
    void blockedPropertyReportDueTenBusinessDaysLaterWithProgrammeAuthority() {
        Map<String, Object> r = report("payment-beneficiary-sdn-funds-blocked"); // 2025-06-02, a Monday: ten business days later
        assertThat(r.get("report")).asString().contains("R-1");
        assertThat(r.get("due_date")).isEqualTo("2025-06-16");
        assertThat(r.get("legal_authority")).asList().anyMatch(c -> c.toString().contains("NPWMD: E.O. 13382"));
        assertThat(r.get("value_usd")).hasToString("5000");
    }

    @Test
    void rejectedTransactionReport() {
        Map<String, Object> r = report("embargo-iran-reject");
        assertThat(r.get("report")).asString().contains("R-3");
        assertThat(r.get("legal_authority")).asList().anyMatch(c -> c.toString().contains("31 CFR Part 560"));
    }

    @Test
    void businessDaysSkipWeekendsAndFederalHolidays() {
        BusinessDays b = ReferenceData.bundled().businessDays();
        assertThat(b.plus(LocalDate.of(2025, 6, 12), 10)).isEqualTo(LocalDate.of(2025, 6, 27)); // skips 19 June
        assertThat(b.plus(LocalDate.of(2024, 12, 20), 10)).isEqualTo(LocalDate.of(2025, 1, 7)); // skips 25 Dec and 1 Jan
        assertThat(b.plus(LocalDate.of(2026, 6, 30), 3)).isEqualTo(LocalDate.of(2026, 7, 6)); // 3 July 2026 observed
        assertThatThrownBy(() -> b.plus(LocalDate.of(2027, 12, 28), 10)).hasMessageContaining("no federal holiday data for 2028");
    }

    @Test
    void htmlEscapesEveryText() {
        String html = OfacReports.html(Map.of("report", "R-1 <x>", "holder", Map.of("name", "A&B <script>alert('x')</script>")));
        assertThat(html).contains("A&amp;B &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(html).contains("<title>R-1 &lt;x&gt;</title>");
    }

    @Test
    void noReportForOtherOutcomes() {
        Path p = Scenarios.dir().resolve("clean-ear99-canada.json");
        Transaction t = TradeJson.transaction(p.toString(), Scenarios.read(p));
        assertThat(OfacReports.report(t, Scenarios.CONTROLS.decide(Scenarios.inputs(t, t.date())), ReferenceData.bundled())).isEmpty();
    }
}
