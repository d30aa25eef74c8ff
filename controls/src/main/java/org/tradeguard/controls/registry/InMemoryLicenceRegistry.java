package org.tradeguard.controls.registry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.tradeguard.model.trade.Licence;

/** Licences in memory; every operation holds the registry's monitor, so uses are atomic. */
public final class InMemoryLicenceRegistry implements LicenceRegistry {
    private final TreeMap<String, Licence> licences = new TreeMap<>();

    @Override
    public synchronized void add(Licence licence) {
        if (licences.containsKey(licence.number())) {
            throw new DuplicateException("licence " + licence.number() + " is already on file");
        }
        licences.put(licence.number(), licence);
    }

    @Override
    public synchronized Optional<Licence> find(String number) {
        return Optional.ofNullable(licences.get(number));
    }

    @Override
    public synchronized List<Licence> list() {
        return List.copyOf(licences.values());
    }

    @Override
    public synchronized Use use(String number, BigDecimal quantity, BigDecimal value) {
        Licence l = licences.get(number);
        if (l == null) {
            return new Use.NotFound(number);
        }
        if (!l.fits(quantity, value)) {
            return new Use.Insufficient(l);
        }
        Licence after = l.used(quantity, value);
        licences.put(number, after);
        return new Use.Used(after);
    }

    @Override
    public synchronized void release(String number, BigDecimal quantity, BigDecimal value) {
        Licence l = licences.get(number);
        if (l != null) {
            licences.put(number, l.used(quantity == null ? null : quantity.negate(), value == null ? null : value.negate()));
        }
    }
}
