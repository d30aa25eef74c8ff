package org.tradeguard.controls.registry;

import java.util.List;
import java.util.Optional;
import org.tradeguard.model.trade.Euc;

/** The end-user certificates on file. */
public interface EucRegistry {

    /** Adds a certificate; the same number twice is a {@link LicenceRegistry.DuplicateException}. */
    void add(Euc euc);

    Optional<Euc> find(String number);

    /** All certificates, by number. */
    List<Euc> list();
}
