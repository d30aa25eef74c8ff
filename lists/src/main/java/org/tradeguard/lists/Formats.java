package org.tradeguard.lists;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.tradeguard.lists.ofac.OfacAdvancedXmlSource;
import org.tradeguard.lists.ofac.OfacXmlSource;
import org.tradeguard.lists.uk.UkCsvSource;
import org.tradeguard.lists.un.UnXmlSource;

/**
 * The list formats a user can load from a path (a file, or a folder for multi-file sets), by name.
 * A loaded snapshot replaces the bundled snapshot of the same source id.
 */
public final class Formats {
    private Formats() {}

    private static final Map<String, Supplier<ListSource>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("ofac-csv", () -> org.tradeguard.lists.ofac.OfacCsvSource.sdn(null));
        FORMATS.put("ofac-nonsdn-csv", () -> org.tradeguard.lists.ofac.OfacCsvSource.nonSdn(null));
        FORMATS.put("ofac-xml", OfacXmlSource::sdn);
        FORMATS.put("ofac-nonsdn-xml", OfacXmlSource::consolidated);
        FORMATS.put("ofac-advanced-xml", OfacAdvancedXmlSource::sdn);
        FORMATS.put("ofac-nonsdn-advanced-xml", OfacAdvancedXmlSource::consolidated);
        FORMATS.put("un-xml", UnXmlSource::new);
        FORMATS.put("uk-csv", UkCsvSource::new);
        FORMATS.put("csl-csv", org.tradeguard.lists.uscsl.CslCsvSource::new);
        FORMATS.put("dpl-tsv", org.tradeguard.lists.uscsl.DplSource::new);
        FORMATS.put("ftm-json", org.tradeguard.lists.ftm.FtmJsonSource::new);
    }

    /** Format names, in a fixed order, for help texts and error messages. */
    public static Iterable<String> names() {
        return FORMATS.keySet();
    }

    public static Optional<ListSource> source(String format) {
        Supplier<ListSource> s = FORMATS.get(format);
        return s == null ? Optional.empty() : Optional.of(s.get());
    }
}
