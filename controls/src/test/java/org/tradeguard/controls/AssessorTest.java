package org.tradeguard.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeguard.controls.registry.DecisionStore;
import org.tradeguard.controls.registry.InMemoryEucRegistry;
import org.tradeguard.controls.registry.JsonFileEucRegistry;
import org.tradeguard.controls.registry.JsonFileLicenceRegistry;
import org.tradeguard.controls.registry.LicenceRegistry;
import org.tradeguard.model.trade.Assessment;
import org.tradeguard.model.trade.Decision;
import org.tradeguard.model.trade.Transaction;

/** End to end over the registries: a covering licence is drawn down per decision, decisions are recorded and replay. */
class AssessorTest {

    @TempDir
    Path tmp;

    private Transaction scenario(String name) {
        Path p = Scenarios.dir().resolve(name + ".json");
        return TradeJson.transaction(p.toString(), Scenarios.read(p));
    }

    private Assessor assessor(LicenceRegistry licences) {
        return new Assessor(Scenarios.CONTROLS, Scenarios.SCREENING, licences, new InMemoryEucRegistry(), new DecisionStore(tmp.resolve("decisions")));
    }

    @Test
    void coveringLicenceIsDecrementedUntilItNoLongerCovers() {
        LicenceRegistry licences = new JsonFileLicenceRegistry(tmp.resolve("licences.json"));
        Scenarios.registryLicences().forEach(licences::add);
        Transaction t = scenario("covering-bis-licence"); // 10 units of 100, value 5000 of 100000
        Assessor a = assessor(licences);
        for (int i = 1; i <= 10; i++) {
            Assessment x = a.assess(t, t.date());
            assertThat(x.decision()).as("use " + i).isInstanceOf(Decision.Proceed.class);
            assertThat(x.licencesUsed()).containsExactly("D1000001");
            assertThat(licences.find("D1000001").orElseThrow().quantityUsed()).isEqualByComparingTo(String.valueOf(10 * i));
        }
        Assessment eleventh = a.assess(t, t.date());
        assertThat(eleventh.decision()).isInstanceOf(Decision.LicenseRequired.class);
        assertThat(eleventh.decision().reasons()).anyMatch(r -> r.code().equals("LICENCE:DOES_NOT_COVER") && r.message().contains("exceeds what remains"));
        assertThat(licences.find("D1000001").orElseThrow().quantityUsed()).isEqualByComparingTo("100");
    }

    @Test
    void concurrentAssessmentsNeverOverdrawTheLicence() throws Exception {
        LicenceRegistry licences = new JsonFileLicenceRegistry(tmp.resolve("licences.json"));
        Scenarios.registryLicences().forEach(licences::add);
        Transaction t = scenario("covering-bis-licence");
        Assessor a = assessor(licences);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Assessment>> fs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            fs.add(pool.submit(() -> a.assess(t, t.date())));
        }
        int proceeded = 0;
        for (Future<Assessment> f : fs) {
            proceeded += f.get(120, TimeUnit.SECONDS).decision() instanceof Decision.Proceed ? 1 : 0;
        }
        pool.shutdown();
        assertThat(proceeded).isEqualTo(10);
        assertThat(licences.find("D1000001").orElseThrow().quantityUsed()).isEqualByComparingTo("100");
    }

    @Test
    void recordedDecisionReplaysToTheSameDecision() {
        LicenceRegistry licences = new JsonFileLicenceRegistry(tmp.resolve("licences.json"));
        Scenarios.registryLicences().forEach(licences::add);
        Transaction t = scenario("covering-bis-licence");
        Assessor a = assessor(licences);
        Assessment first = a.assess(t, t.date());
        a.assess(t, t.date()); // the licence has moved on; the replay uses the recorded snapshot
        Assessor.Replay r = a.replay(first.decisionId()).orElseThrow();
        assertThat(r.sameDecision()).isTrue();
        assertThat(r.changedData()).isEmpty();
        assertThat(r.recomputed().decisionId()).isEqualTo(first.decisionId());
        assertThat(r.recorded().get("retention").get("years").asInt()).isEqualTo(first.retention().years());
        assertThat(a.replay("dec-00000000000000000000")).isEmpty();
    }

    @Test
    void eucFileRegistryRoundTrips() {
        JsonFileEucRegistry r = new JsonFileEucRegistry(tmp.resolve("eucs.json"));
        Scenarios.registryEucs().forEach(r::add);
        assertThat(r.list()).containsExactlyInAnyOrderElementsOf(Scenarios.registryEucs());
        assertThat(r.find("EUC-CA-2023-007").orElseThrow().validTo()).hasToString("2024-01-09");
    }
}
