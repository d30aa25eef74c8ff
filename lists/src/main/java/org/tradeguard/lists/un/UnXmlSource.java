package org.tradeguard.lists.un;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.ListSource;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Snapshot;

/**
 * The UN Security Council Consolidated List in its XML form (root {@code CONSOLIDATED_LIST},
 * {@code INDIVIDUALS/INDIVIDUAL} and {@code ENTITIES/ENTITY}). Individuals become {@code Person},
 * entities {@code Organization}, each with a {@code Sanction} ({@code un-<ref>-sanction}) and one
 * {@code Passport}/{@code Identification} per numbered document ({@code un-<ref>-doc-<n>}).
 * Ids are {@code un-<REFERENCE_NUMBER>}, e.g. {@code un-QDi.006}.
 */
public final class UnXmlSource implements ListSource {

    public static final String ID = "un";
    public static final String TITLE = "UN Security Council Consolidated List";
    /** The bundled snapshot, a resource of this module. */
    public static final String BUNDLED_DIR = "/bundled/un";
    public static final String BUNDLED_FILE = "consolidated_2026-02-27.xml";

    private final LocalDate publishedFallback;

    /** @param publishedFallback publication date to use when the file has no {@code dateGenerated}; may be null */
    public UnXmlSource(LocalDate publishedFallback) {
        this.publishedFallback = publishedFallback;
    }

    public UnXmlSource() {
        this(null);
    }

    /** The snapshot bundled with Tradeguard. */
    public static SourceInput bundled() {
        return SourceInput.ofResources(UnXmlSource.class, BUNDLED_DIR, List.of(BUNDLED_FILE));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public ListLoad load(SourceInput input) throws IOException {
        IngestReport.Builder report = new IngestReport.Builder(ID);
        String file = input.singleName();
        // the snapshot hash is known only after reading, so entities get their provenance at the end
        Provenance placeholder = new Provenance(new Snapshot(ID, TITLE, null, "", input.origin()), "", "");
        UnMapper mapper = new UnMapper(ID, file, report, placeholder);
        List<UnMapper.Mapped> mapped = new ArrayList<>();
        String generated;
        try (InputStream in = input.openSingle()) {
            generated = UnXmlReader.read(in, file, report, (node, path) -> {
                report.record();
                mapper.map(node, path).ifPresent(mapped::add);
            });
        }
        LocalDate published = publishedDate(generated, file, report);
        Snapshot snapshot = new Snapshot(ID, TITLE, published, input.sha256(), input.origin());
        List<Entity> entities = new ArrayList<>();
        for (UnMapper.Mapped m : mapped) {
            Provenance p = new Provenance(snapshot, m.recordId(), m.raw());
            for (Entity.Builder b : m.entities()) {
                entities.add(b.provenance(p).build());
            }
        }
        return new ListLoad(snapshot, entities, report.build());
    }

    /** {@code dateGenerated="2026-02-27T00:00:09.554Z"} -> 2026-02-27; else the fallback. */
    private LocalDate publishedDate(String generated, String file, IngestReport.Builder report) {
        if (generated == null || generated.isBlank()) {
            report.count("no dateGenerated, fallback publication date used");
            return publishedFallback;
        }
        String g = generated.strip();
        try {
            // the time part ("T00:00:09.554Z") does not matter for a publication date
            return LocalDate.parse(g.length() > 10 ? g.substring(0, 10) : g);
        } catch (DateTimeParseException e) {
            report.problem(new RecordProblem(file, "/" + UnXmlReader.ROOT + "/@dateGenerated", "", "dateGenerated",
                    "unparseable date '" + RecordProblem.cut(generated) + "', fallback used"));
            return publishedFallback;
        }
    }
}
