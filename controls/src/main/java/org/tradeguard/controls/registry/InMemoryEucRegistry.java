package org.tradeguard.controls.registry;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.tradeguard.model.trade.Euc;

/** End-user certificates in memory. */
public final class InMemoryEucRegistry implements EucRegistry {
    private final TreeMap<String, Euc> eucs = new TreeMap<>();

    @Override
    public synchronized void add(Euc euc) {
        if (eucs.containsKey(euc.number())) {
            throw new LicenceRegistry.DuplicateException("EUC " + euc.number() + " is already on file");
        }
        eucs.put(euc.number(), euc);
    }

    @Override
    public synchronized Optional<Euc> find(String number) {
        return Optional.ofNullable(eucs.get(number));
    }

    @Override
    public synchronized List<Euc> list() {
        return List.copyOf(eucs.values());
    }
}
