package org.tradeguard.controls;

import java.util.List;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.ScreeningQuery;

/**
 * The port through which party screening comes in (S-1). The CLI wires the real matcher; tests use
 * hand-made hits. Screening is the only impure step of an assessment: its results are recorded with
 * the decision, so a replay does not depend on the lists loaded at replay time.
 */
public interface PartyScreening {

    /** Hits for one party, best first; only alerting hits are acted on. */
    List<Hit> screen(ScreeningQuery query);

    /**
     * FtM entities that refer to a listed entity: its {@code Sanction} records (programme, start and
     * end dates, Entity List licence requirement and policy). Empty when the source has none.
     */
    default List<Entity> related(String entityId) {
        return List.of();
    }

    /** No lists: every party screens clean. For tests and for a run without lists. */
    static PartyScreening none() {
        return q -> List.of();
    }
}
