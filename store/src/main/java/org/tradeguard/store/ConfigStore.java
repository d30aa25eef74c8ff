package org.tradeguard.store;

import java.util.List;
import java.util.Map;

/** Port: settings changed at run time (four-eyes, score bands), with their history. */
public interface ConfigStore {

    /** The value in force of every setting ever set, by name. */
    Map<String, String> current(Tx tx);

    void record(Tx tx, ConfigChange change);

    /** Every change, oldest first. */
    List<ConfigChange> history(Tx tx);
}
