package org.tradeguard.controls;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;

/**
 * What screening returned for one party: its hits and, per listed entity id, the related entities
 * (Sanction records) that were looked up.
 */
public record ScreenedParty(String partyId, List<Hit> hits, Map<String, List<Entity>> related) {
    public ScreenedParty {
        Objects.requireNonNull(partyId, "partyId");
        hits = List.copyOf(hits);
        related = Map.copyOf(related);
    }
}
