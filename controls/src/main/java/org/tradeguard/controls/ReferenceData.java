package org.tradeguard.controls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tradeguard.model.trade.DataVersion;

/**
 * The versioned, dated reference data the rules read: the Commerce Country Chart, the CCL control
 * lines, the country groups, the EU Annex I codes, the effective-dated facts ({@code facts.json}),
 * negative-list tables and US federal holidays. Immutable; load once with {@link #bundled()} and add
 * user tables with {@link #withNegativeList}. See {@code controls/PROVENANCE.md} beside the files.
 */
public final class ReferenceData {

    /** One Country Chart row. {@code chartDecides} is false for the Part 746 referral destinations. */
    public record Destination(String iso2, String name, boolean chartDecides, Set<String> xColumns, List<Integer> footnotes,
                              String embargoReferral) {}

    /** One control line of a CCL entry. {@code chartColumn} is null where the chart does not decide it. */
    public record ControlLine(String scope, String requirement, String chartColumn) {}

    /** One CCL entry. */
    public record CclEntry(String eccn, String title, List<String> reasons, List<ControlLine> controls,
                           boolean noLicenceRequirementsSection) {
        public boolean subjectToItar() {
            return title.contains("subject to the ITAR");
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BASE = "/controls/";

    private final Map<String, Destination> chart;
    private final Map<String, CclEntry> ccl;
    private final Map<String, Set<String>> groups;
    private final Set<String> annexI;
    private final JsonNode facts;
    private final List<NegativeList> negativeLists;
    private final BusinessDays businessDays;
    private final List<DataVersion> versions;

    private ReferenceData(Map<String, Destination> chart, Map<String, CclEntry> ccl, Map<String, Set<String>> groups,
                          Set<String> annexI, JsonNode facts, List<NegativeList> negativeLists, BusinessDays businessDays,
                          List<DataVersion> versions) {
        this.chart = chart;
        this.ccl = ccl;
        this.groups = groups;
        this.annexI = annexI;
        this.facts = facts;
        this.negativeLists = List.copyOf(negativeLists);
        this.businessDays = businessDays;
        List<DataVersion> v = new ArrayList<>(versions);
        v.sort(java.util.Comparator.comparing(DataVersion::id));
        this.versions = List.copyOf(v);
    }

    private static volatile ReferenceData bundled;

    /** The reference data shipped in the jar; loaded once. */
    public static ReferenceData bundled() {
        ReferenceData r = bundled;
        if (r == null) {
            synchronized (ReferenceData.class) {
                r = bundled;
                if (r == null) {
                    r = load();
                    bundled = r;
                }
            }
        }
        return r;
    }

    private static ReferenceData load() {
        List<DataVersion> versions = new ArrayList<>();
        byte[] chartBytes = resource("ear/country_chart.json");
        byte[] cclBytes = resource("ear/ccl_eccns.json");
        byte[] groupBytes = resource("ear/country_groups.json");
        byte[] annexBytes = resource("eu/annex_i_en_2025-11.json");
        byte[] factBytes = resource("facts.json");
        byte[] holidayBytes = resource("us-federal-holidays.csv");
        byte[] negBytes = resource("negative-lists/pk-aptta-sro-1397-2023.csv");
        JsonNode chartJson = tree(chartBytes);
        Map<String, Destination> chart = new HashMap<>();
        for (JsonNode d : chartJson.get("destinations")) {
            Set<String> x = new HashSet<>();
            d.path("x_columns").forEach(c -> x.add(c.asText()));
            List<Integer> fn = new ArrayList<>();
            d.path("footnotes").forEach(f -> fn.add(f.asInt()));
            String iso = d.get("iso2").asText().toLowerCase(Locale.ROOT);
            chart.put(iso, new Destination(iso, d.get("destination").asText(), d.get("chart_decides").asBoolean(),
                    Set.copyOf(x), List.copyOf(fn), d.path("embargo_referral").isNull() ? null : d.path("embargo_referral").asText(null)));
        }
        versions.add(new DataVersion("ear-country-chart", "eCFR 2026-08-07", sha256(chartBytes)));
        Map<String, CclEntry> ccl = new HashMap<>();
        for (JsonNode e : tree(cclBytes).get("eccns")) {
            List<String> reasons = new ArrayList<>();
            e.path("reasons_for_control").forEach(r -> reasons.add(r.asText()));
            List<ControlLine> lines = new ArrayList<>();
            for (JsonNode c : e.path("controls")) {
                lines.add(new ControlLine(c.path("scope").asText(""), c.path("requirement").asText(""),
                        c.path("chart_column").isNull() ? null : c.path("chart_column").asText()));
            }
            ccl.put(e.get("eccn").asText(), new CclEntry(e.get("eccn").asText(), e.path("title").asText(""),
                    List.copyOf(reasons), List.copyOf(lines), e.path("no_license_requirements_section").asBoolean()));
        }
        versions.add(new DataVersion("ear-ccl", "eCFR 2026-08-07", sha256(cclBytes)));
        Map<String, Set<String>> groups = new HashMap<>();
        tree(groupBytes).get("groups").fields().forEachRemaining(g -> {
            Set<String> m = new HashSet<>();
            g.getValue().path("members").forEach(c -> m.add(c.asText().toLowerCase(Locale.ROOT)));
            groups.put(g.getKey(), Set.copyOf(m));
        });
        versions.add(new DataVersion("ear-country-groups", "A:2026-06-20 D/E:2026-07-08 (unverified)", sha256(groupBytes)));
        Set<String> annex = new HashSet<>();
        JsonNode annexJson = tree(annexBytes);
        annexJson.get("entries").forEach(e -> annex.add(e.get("code").asText().toUpperCase(Locale.ROOT)));
        versions.add(new DataVersion("eu-annex-i", "consolidation 2025-11-15", sha256(annexBytes)));
        JsonNode facts = tree(factBytes);
        versions.add(new DataVersion(facts.get("id").asText(), facts.get("version").asText(), sha256(factBytes)));
        Set<LocalDate> holidays = new HashSet<>();
        String[] lines = new String(holidayBytes, StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                holidays.add(LocalDate.parse(lines[i].substring(0, lines[i].indexOf(','))));
            }
        }
        versions.add(new DataVersion("us-federal-holidays", "2024-2027", sha256(holidayBytes)));
        NegativeList neg;
        try {
            neg = NegativeList.read("pk-aptta-sro-1397-2023", "pk-aptta-sro-1397-2023.csv",
                    new StringReader(new String(negBytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        versions.add(new DataVersion("negative-list:" + neg.id(), neg.version(), sha256(negBytes)));
        return new ReferenceData(Map.copyOf(chart), Map.copyOf(ccl), Map.copyOf(groups), Set.copyOf(annex), facts,
                List.of(neg), new BusinessDays(holidays), versions);
    }

    /** A copy with one more negative-list table (e.g. loaded by the user from CSV). */
    public ReferenceData withNegativeList(NegativeList table, String sha256) {
        List<NegativeList> more = new ArrayList<>(negativeLists);
        more.add(table);
        List<DataVersion> v = new ArrayList<>(versions);
        v.add(new DataVersion("negative-list:" + table.id(), table.version(), sha256));
        return new ReferenceData(chart, ccl, groups, annexI, facts, more, businessDays, v);
    }

    /** Every data set and its version, sorted by id. */
    public List<DataVersion> versions() {
        return versions;
    }

    /** The version label of one data set. */
    public String version(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).map(DataVersion::version).findFirst().orElse("unknown");
    }

    public Optional<Destination> destination(String iso2) {
        return Optional.ofNullable(iso2 == null ? null : chart.get(iso2.toLowerCase(Locale.ROOT)));
    }

    public Optional<CclEntry> ccl(String eccn) {
        return Optional.ofNullable(eccn == null ? null : ccl.get(eccn.toUpperCase(Locale.ROOT)));
    }

    public boolean inGroup(String group, String iso2) {
        return iso2 != null && groups.getOrDefault(group, Set.of()).contains(iso2.toLowerCase(Locale.ROOT));
    }

    public boolean inAnnexI(String code) {
        return code != null && annexI.contains(code.strip().toUpperCase(Locale.ROOT));
    }

    public List<NegativeList> negativeLists() {
        return negativeLists;
    }

    public BusinessDays businessDays() {
        return businessDays;
    }

    /** A block of {@code facts.json}. */
    JsonNode fact(String name) {
        JsonNode n = facts.get(name);
        if (n == null) {
            throw new IllegalStateException("facts.json has no '" + name + "'");
        }
        return n;
    }

    String factsVersion() {
        return version(facts.get("id").asText());
    }

    static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(v -> out.add(v.asText()));
        return Collections.unmodifiableSet(out);
    }

    static LocalDate date(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    /** True when {@code d} lies in [from, to] of a fact block (to null = open). */
    static boolean inEffect(JsonNode block, LocalDate d) {
        LocalDate from = date(block.get("from"));
        LocalDate to = date(block.get("to"));
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    static Map<String, String> textMap(JsonNode obj) {
        Map<String, String> m = new LinkedHashMap<>();
        obj.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        return m;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled reference data " + BASE + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return MAPPER.readTree(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
