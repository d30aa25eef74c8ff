package org.tradeguard.lists;

import java.util.List;

/** The bundled snapshots: one line each. */
final class Registry {
    private Registry() {}

    static final List<BundledLists.Entry> ENTRIES = List.of();
}
