package org.tradeguard.lists;

import java.time.LocalDate;
import java.util.List;
import org.tradeguard.lists.ftm.FtmJsonSource;
import org.tradeguard.lists.ofac.OfacCsvSource;
import org.tradeguard.lists.uk.UkCsvSource;
import org.tradeguard.lists.un.UnXmlSource;
import org.tradeguard.lists.uscsl.CslCsvSource;
import org.tradeguard.lists.uscsl.DplSource;

/** The bundled snapshots: one line each (files and dates as in bundled/PROVENANCE.md). */
final class Registry {
    private Registry() {}

    static final List<BundledLists.Entry> ENTRIES = List.of(
            new BundledLists.Entry(OfacCsvSource.sdn(LocalDate.of(2024, 5, 3)), "ofac-sdn",
                    List.of("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv")),
            new BundledLists.Entry(OfacCsvSource.nonSdn(LocalDate.of(2025, 12, 19)), "ofac-nonsdn",
                    List.of("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv")),
            new BundledLists.Entry(new UnXmlSource(LocalDate.of(2026, 2, 27)), "un", List.of("consolidated_2026-02-27.xml")),
            new BundledLists.Entry(new UkCsvSource(LocalDate.of(2026, 4, 29)), "uk", UkCsvSource.FILES),
            new BundledLists.Entry(new CslCsvSource(LocalDate.of(2023, 11, 16)), "csl", List.of("consolidated_partial_2023-11.csv")),
            new BundledLists.Entry(new DplSource(LocalDate.of(2022, 9, 2)), "dpl", List.of("dpl_2022-09.txt")),
            new BundledLists.Entry(new FtmJsonSource(), "opensanctions", List.of("t1.entities.ftm.json",
                    "t2_20240527194702.entities.delta.json", "t2_20240528014702.entities.delta.json", "zala_cluster.entities.ftm.json")));
}
