package org.tradeguard.lists;

import java.time.LocalDate;
import java.util.List;
import org.tradeguard.lists.uk.UkCsvSource;
import org.tradeguard.lists.un.UnXmlSource;

/** The bundled snapshots: one line each (files and dates as in bundled/PROVENANCE.md). */
final class Registry {
    private Registry() {}

    static final List<BundledLists.Entry> ENTRIES = List.of(
            new BundledLists.Entry(new UnXmlSource(LocalDate.of(2026, 2, 27)), "un", List.of("consolidated_2026-02-27.xml")),
            new BundledLists.Entry(new UkCsvSource(LocalDate.of(2026, 4, 29)), "uk", UkCsvSource.FILES));
}
