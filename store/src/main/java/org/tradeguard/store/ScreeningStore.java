package org.tradeguard.store;

import java.util.List;
import java.util.Optional;

/** Port: screenings, written once and never changed. */
public interface ScreeningStore {

    void insert(Tx tx, Screening screening);

    Optional<Screening> find(Tx tx, String id);

    /** The screenings of one batch, in the order they were screened. */
    List<Screening> batch(Tx tx, String batchId);

    long count(Tx tx);
}
