package org.tradeguard.controls.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeguard.model.trade.Licence;
import org.tradeguard.model.trade.LicenceAuthority;

/** One contract, run against the in-memory and the JSON-file registry. */
class LicenceRegistryContractTest {

    @TempDir
    Path tmp;

    private LicenceRegistry registry(String kind) {
        return kind.equals("memory") ? new InMemoryLicenceRegistry() : new JsonFileLicenceRegistry(tmp.resolve("data/licences.json"));
    }

    static Licence licence(String number, int quantity, int value) {
        return new Licence(number, LicenceAuthority.BIS, List.of("EAR:CCL"), List.of(), List.of(), List.of(), LocalDate.of(2025, 1, 1),
                LocalDate.of(2028, 12, 31), BigDecimal.valueOf(quantity), null, BigDecimal.valueOf(value), null, "USD", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "file"})
    void addFindListAndDuplicates(String kind) {
        LicenceRegistry r = registry(kind);
        r.add(licence("D2", 10, 100));
        r.add(licence("D1", 10, 100));
        assertThat(r.list()).extracting(Licence::number).containsExactly("D1", "D2");
        assertThat(r.find("D1")).contains(licence("D1", 10, 100));
        assertThat(r.find("D3")).isEmpty();
        assertThatThrownBy(() -> r.add(licence("D1", 1, 1))).isInstanceOf(LicenceRegistry.DuplicateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "file"})
    void useDecrementsAndRefusesToOverdraw(String kind) {
        LicenceRegistry r = registry(kind);
        r.add(licence("D1", 10, 1000));
        assertThat(r.use("D1", BigDecimal.valueOf(4), BigDecimal.valueOf(400))).isInstanceOf(LicenceRegistry.Use.Used.class);
        assertThat(r.find("D1").orElseThrow().remainingQuantity()).isEqualByComparingTo("6");
        assertThat(r.use("D1", BigDecimal.valueOf(7), BigDecimal.ONE)).isInstanceOf(LicenceRegistry.Use.Insufficient.class);
        assertThat(r.use("D1", BigDecimal.ONE, BigDecimal.valueOf(601))).isInstanceOf(LicenceRegistry.Use.Insufficient.class);
        assertThat(r.use("D9", BigDecimal.ONE, null)).isInstanceOf(LicenceRegistry.Use.NotFound.class);
        r.release("D1", BigDecimal.valueOf(4), BigDecimal.valueOf(400));
        assertThat(r.find("D1").orElseThrow().remainingQuantity()).isEqualByComparingTo("10");
    }

    /** 8 threads race 200 uses of 1 unit against a 50-unit licence: exactly 50 succeed, never more. */
    @ParameterizedTest
    @ValueSource(strings = {"memory", "file"})
    void concurrentUsesNeverOverdraw(String kind) throws Exception {
        LicenceRegistry r = registry(kind);
        r.add(licence("D1", 50, 1_000_000));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                int ok = 0;
                for (int i = 0; i < 25; i++) {
                    if (r.use("D1", BigDecimal.ONE, BigDecimal.TEN) instanceof LicenceRegistry.Use.Used) {
                        ok++;
                    }
                }
                return ok;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : futures) {
            total += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(total).isEqualTo(50);
        Licence after = r.find("D1").orElseThrow();
        assertThat(after.quantityUsed()).isEqualByComparingTo("50");
        assertThat(after.valueUsed()).isEqualByComparingTo("500");
        assertThat(after.remainingQuantity()).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "file"})
    void twoRegistryObjectsOnOneFileShareTheLock(String kind) throws Exception {
        if (kind.equals("memory")) {
            return;
        }
        Path f = tmp.resolve("shared/licences.json");
        new JsonFileLicenceRegistry(f).add(licence("D1", 20, 1_000_000));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            LicenceRegistry own = new JsonFileLicenceRegistry(f);
            futures.add(pool.submit(() -> {
                int ok = 0;
                for (int i = 0; i < 10; i++) {
                    ok += own.use("D1", BigDecimal.ONE, null) instanceof LicenceRegistry.Use.Used ? 1 : 0;
                }
                return ok;
            }));
        }
        int total = 0;
        for (Future<Integer> fu : futures) {
            total += fu.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(total).isEqualTo(20);
        assertThat(new JsonFileLicenceRegistry(f).find("D1").orElseThrow().quantityUsed()).isEqualByComparingTo("20");
    }
}
