package org.tradeguard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link AlertStore}; run on each database by {@link AlertStoreTest}. */
abstract class AlertStoreContract extends ContractBase {

    @BeforeEach
    void aScreening() {
        db.write(tx -> {
            stores.screenings().insert(tx, ScreeningStoreContract.screening("scr_1", null));
            return null;
        });
    }

    static Alert alert(String id, String fp, String version, AlertStatus status) {
        return new Alert(id, "scr_1", fp, "Ivan Petrov", "ofac-1", version, "PETROV, Ivan", 0.93, status, T0, T0);
    }

    static Decision decision(String id, String alertId, String version, Verdict v, Decision.State state, String supersedes,
                             String confirms) {
        return new Decision(id, alertId, "fp1", "ofac-1", version, v, state, "reason " + id, "key_an", T0, supersedes, confirms);
    }

    private void write(Runnable r) {
        db.write(tx -> {
            r.run();
            return null;
        });
    }

    @Test
    void storesFindsAndListsAlertsByStatus() {
        db.write(tx -> {
            stores.alerts().insert(tx, alert("alr_1", "fp1", "v1", AlertStatus.OPEN));
            stores.alerts().insert(tx, alert("alr_2", "fp2", "v1", AlertStatus.CLOSED));
            stores.alerts().insert(tx, alert("alr_3", "fp3", "v1", AlertStatus.OPEN));
            return null;
        });
        var found = db.read(tx -> stores.alerts().find(tx, "alr_1"));
        assertThat(found).contains(alert("alr_1", "fp1", "v1", AlertStatus.OPEN));
        var open = db.read(tx -> stores.alerts().list(tx, AlertStatus.OPEN, null, 10));
        assertThat(open).extracting(Alert::id).containsExactly("alr_1", "alr_3");
        var page = db.read(tx -> stores.alerts().list(tx, null, "alr_1", 1));
        assertThat(page).extracting(Alert::id).containsExactly("alr_2");
        long openCount = db.read(tx -> stores.alerts().countByStatus(tx, AlertStatus.OPEN));
        assertThat(openCount).isEqualTo(2);
    }

    @Test
    void statusChangesAreStoredWithTheirTime() {
        write(() -> { });
        db.write(tx -> {
            stores.alerts().insert(tx, alert("alr_1", "fp1", "v1", AlertStatus.OPEN));
            stores.alerts().updateStatus(tx, "alr_1", AlertStatus.PENDING_CONFIRMATION, T0.plusSeconds(60));
            return null;
        });
        Alert a = db.read(tx -> stores.alerts().find(tx, "alr_1")).orElseThrow();
        assertThat(a.status()).isEqualTo(AlertStatus.PENDING_CONFIRMATION);
        assertThat(a.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(a.createdAt()).isEqualTo(T0);
    }

    @Test
    void findsAnUndecidedAlertForTheSameSubjectAndVersionOnly() {
        db.write(tx -> {
            stores.alerts().insert(tx, alert("alr_1", "fp1", "v1", AlertStatus.CLOSED));
            stores.alerts().insert(tx, alert("alr_2", "fp1", "v1", AlertStatus.ESCALATED));
            return null;
        });
        var same = db.read(tx -> stores.alerts().findUndecided(tx, "fp1", "ofac-1", "v1"));
        var otherVersion = db.read(tx -> stores.alerts().findUndecided(tx, "fp1", "ofac-1", "v2"));
        assertThat(same.map(Alert::id)).contains("alr_2");
        assertThat(otherVersion).isEmpty();
    }

    @Test
    void decisionsAreKeptInOrderAndTheLatestFinalOneIsRemembered() {
        db.write(tx -> {
            stores.alerts().insert(tx, alert("alr_1", "fp1", "v1", AlertStatus.OPEN));
            stores.alerts().insertDecision(tx, decision("dec_1", "alr_1", "v1", Verdict.FALSE_POSITIVE, Decision.State.FINAL, null, null));
            stores.alerts().insertDecision(tx, decision("dec_2", "alr_1", "v1", Verdict.TRUE_MATCH, Decision.State.PENDING, "dec_1", null));
            return null;
        });
        var all = db.read(tx -> stores.alerts().decisions(tx, "alr_1"));
        assertThat(all).extracting(Decision::id).containsExactly("dec_1", "dec_2");
        assertThat(all.get(1).supersedes()).isEqualTo("dec_1");
        // The pending true match does not count until confirmed: the final false positive stands.
        var remembered = db.read(tx -> stores.alerts().remembered(tx, "fp1", "ofac-1", "v1"));
        assertThat(remembered.map(Decision::id)).contains("dec_1");

        db.write(tx -> {
            stores.alerts().insertDecision(tx, decision("dec_3", "alr_1", "v1", Verdict.TRUE_MATCH, Decision.State.FINAL, "dec_2", "dec_2"));
            return null;
        });
        var now = db.read(tx -> stores.alerts().remembered(tx, "fp1", "ofac-1", "v1"));
        assertThat(now).contains(decision("dec_3", "alr_1", "v1", Verdict.TRUE_MATCH, Decision.State.FINAL, "dec_2", "dec_2"));
        var changedEntity = db.read(tx -> stores.alerts().remembered(tx, "fp1", "ofac-1", "v2"));
        assertThat(changedEntity).isEmpty();
    }

    @Test
    void anEscalationIsNotRemembered() {
        db.write(tx -> {
            stores.alerts().insert(tx, alert("alr_1", "fp1", "v1", AlertStatus.OPEN));
            stores.alerts().insertDecision(tx, decision("dec_1", "alr_1", "v1", Verdict.ESCALATE, Decision.State.ESCALATED, null, null));
            return null;
        });
        var remembered = db.read(tx -> stores.alerts().remembered(tx, "fp1", "ofac-1", "v1"));
        assertThat(remembered).isEmpty();
        List<Decision> all = db.read(tx -> stores.alerts().decisions(tx, "alr_1"));
        assertThat(all).hasSize(1);
    }
}
