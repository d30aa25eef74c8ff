package org.tradeguard.lists.uscsl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.ListSource;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.PartialDate;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;
import org.tradeguard.model.Snapshot;

/**
 * The BIS Denied Persons List as BIS publishes it: tab-separated, every field double-quoted, one
 * row per party and address ({@code Name, Street_Address, City, State, Country, Postal_Code,
 * Effective_Date, Expiration_Date, Standard_Order, Last_Update, Action, FR_Citation}).
 *
 * <p>The file has no row id. A party's id is {@code dpl-<n>} with n a stable digest of its name,
 * effective date and Federal Register citation, i.e. of the denial order naming it. BIS lists a
 * party once per address, so rows with the same name and order are one party: they are merged
 * into one entity with all the addresses (counted as {@code rows merged into the same party}).
 */
public final class DplSource implements ListSource {

    static final String ID = "dpl";
    private static final String AUTHORITY = "Bureau of Industry and Security";
    private static final List<String> COLUMNS = List.of("Name", "Street_Address", "City", "State", "Country",
            "Postal_Code", "Effective_Date", "Expiration_Date", "Standard_Order", "Last_Update", "Action", "FR_Citation");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter('\t').build();
    /**
     * A Last_Update more than this after the newest Effective_Date of the file is a typo, not a
     * date: upstream has 3017-08-22 (MANSOUR ZADEH) and 2922-09-01 (KNOKKE-HEIST SUPPORT
     * CORPORATION MANAGEMENT), while real updates follow the newest order by days.
     */
    private static final int PLAUSIBLE_UPDATE_YEARS = 1;

    private final LocalDate publishedFallback;

    public DplSource() {
        this(null);
    }

    /** @param publishedFallback the publication date to record when no plausible Last_Update is found; may be null */
    public DplSource(LocalDate publishedFallback) {
        this.publishedFallback = publishedFallback;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "BIS Denied Persons List";
    }

    /** One party: the rows of one name under one denial order. */
    private static final class Party {
        final Entity.Builder party;
        final Entity.Builder sanction;
        final String recordId;
        final StringBuilder raw = new StringBuilder();
        final List<Update> updates = new ArrayList<>();

        Party(String id, String recordId) {
            this.recordId = recordId;
            this.party = Entity.builder(id, Schema.LEGAL_ENTITY, null).dataset(ID);
            this.sanction = Entity.builder(id + "-sanction", Schema.SANCTION, null).dataset(ID);
        }
    }

    private record Update(RowContext ctx, String value, LocalDate date) {}

    @Override
    public ListLoad load(SourceInput input) throws IOException {
        IngestReport.Builder report = new IngestReport.Builder(ID);
        String file = input.singleName();
        Map<String, Party> parties = new LinkedHashMap<>();
        LocalDate latestEffective;
        try (InputStream in = input.openSingle()) {
            latestEffective = read(new CsvRecords(in, FORMAT), file, report, parties);
        }
        LocalDate published = lastUpdates(parties.values(), latestEffective);
        Snapshot snapshot = new Snapshot(ID, title(), published != null ? published : publishedFallback,
                input.sha256(), input.origin());
        List<PendingEntity> pending = new ArrayList<>();
        for (Party p : parties.values()) {
            pending.add(new PendingEntity(p.party, p.recordId, p.raw.toString()));
            pending.add(new PendingEntity(p.sanction, p.recordId, p.raw.toString()));
        }
        return new ListLoad(snapshot, PendingEntity.buildAll(pending, snapshot), report.build());
    }

    /** Reads all rows into {@code parties}; returns the newest Effective_Date read, or null. */
    private static LocalDate read(CsvRecords rows, String file, IngestReport.Builder report, Map<String, Party> parties)
            throws IOException {
        CsvRecords.Header header = rows.header(file, COLUMNS, "DPL");
        Map<Long, String> keyOfNumber = new HashMap<>();
        LocalDate latestEffective = null;
        for (CsvRecords.Row row = rows.next(); row != null; row = rows.next()) {
            if (row.blank()) {
                report.count("blank lines");
                continue;
            }
            report.record();
            String location = "line " + row.line();
            List<String> f = row.broken() ? List.of() : row.fields();
            String name = header.get(f, "Name");
            String wrong = row.problem(header);
            if (wrong != null) {
                report.skip(new RecordProblem(file, location, name, "", wrong));
                continue;
            }
            if (name.isEmpty()) {
                report.skip(new RecordProblem(file, location, "", "Name", "no name"));
                continue;
            }
            String effective = header.get(f, "Effective_Date");
            String key = name + '\u001f' + effective + '\u001f' + header.get(f, "FR_Citation");
            Party party = parties.get(key);
            if (party == null) {
                long n = number(key, keyOfNumber, report);
                party = new Party("dpl-" + n, Long.toString(n));
                parties.put(key, party);
            } else {
                report.count("rows merged into the same party (same name, Effective_Date and FR_Citation)");
                party.raw.append('\n');
            }
            party.raw.append(row.raw());
            RowContext ctx = new RowContext(report, file, row.line(), party.recordId);
            Optional<LocalDate> eff = row(header, f, party, ctx);
            if (eff.isPresent() && (latestEffective == null || eff.get().isAfter(latestEffective))) {
                latestEffective = eff.get();
            }
        }
        return latestEffective;
    }

    /** Maps one row onto its party; returns its effective date when it is a full date. */
    private static Optional<LocalDate> row(CsvRecords.Header h, List<String> f, Party p, RowContext ctx) {
        Entity.Builder party = p.party;
        party.add(Prop.NAME, h.get(f, "Name"));
        party.add(Prop.TOPICS, "debarment");
        List<String> parts = new ArrayList<>();
        for (String column : List.of("Street_Address", "City", "State", "Postal_Code", "Country")) {
            String v = h.get(f, column);
            if (!v.isEmpty()) {
                parts.add(v);
            }
        }
        party.add(Prop.ADDRESS, String.join(", ", parts));
        String country = h.get(f, "Country");
        if (country.isEmpty()) {
            ctx.count("address without country");
        }
        ctx.addCountry(party, Prop.COUNTRY, country);

        Entity.Builder s = p.sanction;
        s.add(Prop.ENTITY, party.id());
        s.add(Prop.AUTHORITY, AUTHORITY);
        ctx.addDates(s, Prop.START_DATE, "Effective_Date", h.get(f, "Effective_Date"));
        ctx.addDates(s, Prop.END_DATE, "Expiration_Date", h.get(f, "Expiration_Date"));
        s.add(Prop.FEDERAL_REGISTER, h.get(f, "FR_Citation"));
        String standardOrder = h.get(f, "Standard_Order");
        if (!standardOrder.isEmpty()) {
            s.add(CslRowMapper.STANDARD_ORDER, standardOrder.toUpperCase(Locale.ROOT));
        }
        // the action is BIS's log of what changed in the entry ("F.R. NOTICE ADDED")
        s.add(Prop.NOTES, h.get(f, "Action"));

        String update = h.get(f, "Last_Update");
        if (!update.isEmpty()) {
            Optional<LocalDate> d = day(update);
            if (d.isEmpty()) {
                ctx.problem("Last_Update", "not a date: " + RecordProblem.cut(update));
            } else {
                p.updates.add(new Update(ctx, update, d.get()));
            }
        }
        return day(h.get(f, "Effective_Date"));
    }

    /**
     * Sets modifiedAt from the plausible Last_Update values and reports the impossible ones;
     * returns the newest plausible one (the list's publication date), or null.
     */
    private static LocalDate lastUpdates(Iterable<Party> parties, LocalDate latestEffective) {
        LocalDate limit = latestEffective == null ? null : latestEffective.plusYears(PLAUSIBLE_UPDATE_YEARS);
        LocalDate newest = null;
        for (Party p : parties) {
            for (Update u : p.updates) {
                if (limit != null && u.date().isAfter(limit)) {
                    u.ctx().problem("Last_Update", "impossible date " + u.value() + ": more than "
                            + PLAUSIBLE_UPDATE_YEARS + " year after the newest Effective_Date " + latestEffective + "; dropped");
                    continue;
                }
                p.party.add(Prop.MODIFIED_AT, u.date().toString());
                p.sanction.add(Prop.MODIFIED_AT, u.date().toString());
                if (newest == null || u.date().isAfter(newest)) {
                    newest = u.date();
                }
            }
        }
        return newest;
    }

    /**
     * A stable number for a party key: the first 40 bits of its SHA-256, so ids survive reordering
     * and additions. A clash of two different keys (about 1 in 10^7 for a list of this size) takes
     * the next free number and is counted.
     */
    private static long number(String key, Map<Long, String> keyOfNumber, IngestReport.Builder report) {
        byte[] h = sha256(key);
        long n = 0;
        for (int i = 0; i < 5; i++) {
            n = (n << 8) | (h[i] & 0xff);
        }
        while (keyOfNumber.containsKey(n)) {
            report.count("id digest collisions");
            n++;
        }
        keyOfNumber.put(n, key);
        return n;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** A full calendar date, or empty ("31 Feb" passes PartialDate but is no day). */
    private static Optional<LocalDate> day(String text) {
        Optional<PartialDate> d = CslDates.date(text).filter(PartialDate::hasDay);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(d.get().year(), d.get().month(), d.get().day()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
