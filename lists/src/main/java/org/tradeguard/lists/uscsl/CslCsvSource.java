package org.tradeguard.lists.uscsl;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.ListSource;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Snapshot;

/**
 * The US Consolidated Screening List as trade.gov publishes it in CSV: one row per listing on one of
 * the merged lists (OFAC SDN and non-SDN lists, BIS Entity List, Denied Persons, Unverified and
 * Military End User lists, State's nonproliferation and ITAR debarred lists). Each row becomes a
 * party {@code csl-<list code>-<id>}, its Sanction and its Identification entities.
 *
 * <p>The file carries no publication date, so {@code published} is the fallback given here.
 */
public final class CslCsvSource implements ListSource {

    static final String ID = "csl";
    private static final List<String> REQUIRED = List.of("_id", "source", "entity_number", "type", "programs", "name",
            "addresses", "alt_names", "ids");

    private final LocalDate publishedFallback;

    public CslCsvSource() {
        this(null);
    }

    /** @param publishedFallback the publication date to record, since the file has none; may be null */
    public CslCsvSource(LocalDate publishedFallback) {
        this.publishedFallback = publishedFallback;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "US Consolidated Screening List";
    }

    @Override
    public ListLoad load(SourceInput input) throws IOException {
        IngestReport.Builder report = new IngestReport.Builder(ID);
        String file = input.singleName();
        List<PendingEntity> pending = new ArrayList<>();
        try (InputStream in = input.openSingle()) {
            read(new CsvRecords(in, CSVFormat.RFC4180), file, report, pending);
        }
        Snapshot snapshot = new Snapshot(ID, title(), publishedFallback, input.sha256(), input.origin());
        return new ListLoad(snapshot, PendingEntity.buildAll(pending, snapshot), report.build());
    }

    private static void read(CsvRecords rows, String file, IngestReport.Builder report, List<PendingEntity> out)
            throws IOException {
        CsvRecords.Header header = rows.header(file, REQUIRED, "CSL CSV");
        CslRowMapper mapper = new CslRowMapper(ID);
        Set<String> ids = new HashSet<>();
        for (CsvRecords.Row row = rows.next(); row != null; row = rows.next()) {
            if (row.blank()) {
                report.count("blank lines");
                continue;
            }
            if (!row.broken() && "source".equals(header.get(row.fields(), "source"))) {
                // the published file repeats its header once as a data row
                report.count("repeated header row");
                continue;
            }
            report.record();
            readRow(row, header, file, mapper, ids, report, out);
        }
    }

    private static void readRow(CsvRecords.Row row, CsvRecords.Header header, String file, CslRowMapper mapper,
                                Set<String> ids, IngestReport.Builder report, List<PendingEntity> out) {
        String location = "line " + row.line();
        List<String> f = row.broken() ? List.of() : row.fields();
        String rowId = header.get(f, "_id").isEmpty() ? header.get(f, "entity_number") : header.get(f, "_id");
        String wrong = row.problem(header);
        if (wrong != null) {
            report.skip(new RecordProblem(file, location, rowId, "", wrong));
            return;
        }
        if (rowId.isEmpty()) {
            report.skip(new RecordProblem(file, location, "", "_id", "no _id and no entity_number"));
            return;
        }
        String source = header.get(f, "source");
        if (source.isEmpty()) {
            report.skip(new RecordProblem(file, location, rowId, "source", "no source list"));
            return;
        }
        if (header.get(f, "name").isEmpty()) {
            report.skip(new RecordProblem(file, location, rowId, "name", "no name"));
            return;
        }
        CslRowMapper.Listing listing = mapper.listing(source);
        if (listing.code().isEmpty()) {
            report.skip(new RecordProblem(file, location, rowId, "source", "no list code in " + RecordProblem.cut(source)));
            return;
        }
        String entityId = "csl-" + listing.code() + "-" + rowId;
        if (!ids.add(entityId)) {
            report.skip(new RecordProblem(file, location, rowId, "_id", "duplicate id " + entityId));
            return;
        }
        if (!listing.known()) {
            report.count("unknown source list, read as sanctions: " + listing.code());
        }
        report.count("rows: " + listing.code());
        RowContext ctx = new RowContext(report, file, row.line(), rowId);
        for (Entity.Builder b : mapper.map(header, f, entityId, listing, ctx)) {
            out.add(new PendingEntity(b, rowId, row.raw()));
        }
    }
}
