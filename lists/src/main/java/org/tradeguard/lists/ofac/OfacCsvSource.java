package org.tradeguard.lists.ofac;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.ListFormatException;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.ListSource;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Snapshot;

/**
 * OFAC's legacy CSV set: the SDN list ({@code sdn.csv}, {@code add.csv}, {@code alt.csv},
 * {@code sdn_comments.csv}) or the consolidated non-SDN list (the same files prefixed
 * {@code cons_}, with {@code cons_prim.csv} as the primary file). Only the primary file is
 * required; addresses, aliases and the remarks overflow join it by {@code ent_num}.
 *
 * <p>The files carry no date, so the snapshot's publication date is the one given to the
 * constructor (may be null).
 */
public final class OfacCsvSource implements ListSource {

    /** ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks. */
    static final int PRIMARY_FIELDS = 12;
    static final int ADD_FIELDS = 6;
    static final int ALT_FIELDS = 5;
    static final int COMMENTS_FIELDS = 2;

    private static final String PRIMARY_LAYOUT =
            "(ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks)";
    private static final String ADD_LAYOUT = "(ent_num,add_num,address,city/state/postal,country,add_remarks)";
    private static final String ALT_LAYOUT = "(ent_num,alt_num,alt_type,alt_name,alt_remarks)";
    private static final String COMMENTS_LAYOUT = "(ent_num,remarks overflow)";

    private final String id;
    private final String title;
    private final LocalDate publishedFallback;
    private final String primaryFile;
    private final String addFile;
    private final String altFile;
    private final String commentsFile;

    /**
     * @param id                source id, also the dataset of every entity
     * @param title             human title
     * @param filePrefix        {@code ""} for the SDN files (sdn.csv ...), {@code "cons_"} for the
     *                          consolidated non-SDN files (cons_prim.csv ...)
     * @param publishedFallback the list date, since the files do not carry one; may be null
     */
    public OfacCsvSource(String id, String title, String filePrefix, LocalDate publishedFallback) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        Objects.requireNonNull(filePrefix, "filePrefix");
        this.publishedFallback = publishedFallback;
        boolean sdn = filePrefix.isEmpty();
        this.primaryFile = sdn ? "sdn.csv" : filePrefix + "prim.csv";
        this.addFile = filePrefix + "add.csv";
        this.altFile = filePrefix + "alt.csv";
        this.commentsFile = sdn ? "sdn_comments.csv" : filePrefix + "comments.csv";
    }

    /** The SDN list: id {@code ofac-sdn}, files sdn.csv, add.csv, alt.csv, sdn_comments.csv. */
    public static OfacCsvSource sdn(LocalDate publishedFallback) {
        return new OfacCsvSource("ofac-sdn", "OFAC Specially Designated Nationals (legacy CSV)", "", publishedFallback);
    }

    /** The consolidated non-SDN list: id {@code ofac-nonsdn}, files cons_prim/add/alt/comments.csv. */
    public static OfacCsvSource nonSdn(LocalDate publishedFallback) {
        return new OfacCsvSource("ofac-nonsdn", "OFAC Consolidated Non-SDN List (legacy CSV)", "cons_", publishedFallback);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    /** The primary, address, alias and comments file names this source reads. */
    public List<String> fileNames() {
        return List.of(primaryFile, addFile, altFile, commentsFile);
    }

    @Override
    public ListLoad load(SourceInput input) throws IOException {
        IngestReport.Builder report = new IngestReport.Builder(id);
        String primary = find(input, primaryFile);
        if (primary == null) {
            throw new ListFormatException(input.origin(), "",
                    "missing the primary file " + primaryFile + "; the input has " + input.files());
        }
        Map<String, OfacCsvMapper.Entry> entries = new LinkedHashMap<>();
        Set<String> skipped = new HashSet<>();
        try (InputStream in = input.open(primary)) {
            skipped.addAll(new OfacCsvReader(primary, PRIMARY_FIELDS, PRIMARY_LAYOUT).read(in, true, report,
                    row -> addPrimary(primary, row, entries, skipped, report)));
        }
        readSecondary(input, commentsFile, COMMENTS_FIELDS, COMMENTS_LAYOUT, entries, skipped, report);
        readSecondary(input, addFile, ADD_FIELDS, ADD_LAYOUT, entries, skipped, report);
        readSecondary(input, altFile, ALT_FIELDS, ALT_LAYOUT, entries, skipped, report);

        // every stream is closed: the hash now covers all bytes read
        Snapshot snapshot = new Snapshot(id, title, publishedFallback, input.sha256(), input.origin());
        List<Entity> entities = new OfacCsvMapper(id, snapshot, report).map(entries.values());
        return new ListLoad(snapshot, entities, report.build());
    }

    private static void addPrimary(String file, OfacCsvReader.Row row, Map<String, OfacCsvMapper.Entry> entries,
                                   Set<String> skipped, IngestReport.Builder report) {
        String ent = row.get(0);
        String problem = null;
        String field = "";
        if (entries.containsKey(ent)) {
            problem = "duplicate ent_num " + ent + " (first on " + entries.get(ent).primary().location() + ")";
            field = "ent_num";
        } else if (row.get(1) == null) {
            problem = "no SDN_Name";
            field = "SDN_Name";
        } else if (OfacCsvMapper.schemaOf(row.verbatim(2)) == null) {
            problem = "unknown SDN_Type " + RecordProblem.cut(row.verbatim(2))
                    + "; expected individual, vessel, aircraft or -0- (entity)";
            field = "SDN_Type";
        }
        if (problem != null) {
            report.skip(new RecordProblem(file, row.location(), ent, field, problem));
            skipped.add(ent);
            return;
        }
        entries.put(ent, new OfacCsvMapper.Entry(file, row));
    }

    private static void readSecondary(SourceInput input, String wanted, int fields, String layout,
                                      Map<String, OfacCsvMapper.Entry> entries, Set<String> skipped,
                                      IngestReport.Builder report) throws IOException {
        String file = find(input, wanted);
        if (file == null) {
            report.count("optional file absent: " + wanted);
            return;
        }
        // "alt rows without primary entry", "add rows ...", "comments rows ..."
        String kind = wanted.replace("cons_", "").replace("sdn_", "").replace(".csv", "");
        InputStream opened;
        try {
            opened = input.open(file);
        } catch (NoSuchFileException e) {
            // a bundled or named set may list an optional file that is not there
            report.count("optional file absent: " + wanted);
            return;
        }
        try (InputStream in = opened) {
            new OfacCsvReader(file, fields, layout).read(in, false, report, row -> {
                OfacCsvMapper.Entry e = entries.get(row.get(0));
                if (e != null) {
                    e.add(kind, file, row);
                } else if (skipped.contains(row.get(0))) {
                    report.count(kind + " rows of skipped entries");
                } else {
                    report.count(kind + " rows without primary entry");
                }
            });
        }
    }

    /** The input's file named {@code wanted}, ignoring case (OFAC has published SDN.CSV too). */
    private static String find(SourceInput input, String wanted) {
        if (input.has(wanted)) {
            return wanted;
        }
        for (String f : input.files()) {
            if (f.toLowerCase(Locale.ROOT).equals(wanted)) {
                return f;
            }
        }
        return null;
    }
}
