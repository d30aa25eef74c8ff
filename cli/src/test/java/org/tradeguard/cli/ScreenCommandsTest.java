package org.tradeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeguard.lists.BundledLists;

/**
 * The screening commands end to end on the real bundled lists: {@code screen}, {@code screen-file},
 * {@code eval}, {@code lists} and {@code bench}. Every run loads lists and builds an index (a few
 * seconds), so the runs are few and use {@code --lists un} or {@code --lists ofac} where the point
 * does not need every list.
 */
class ScreenCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void screenAlertsOnAListedCompanyAndExitsOne() {
        CliRun r = CliRun.of("screen", "Granpect Company Limited", "--lists", "ofac");

        assertThat(r.exit()).as(r.err()).isEqualTo(Tradeguard.ALERT);
        assertThat(r.out()).startsWith("Granpect Company Limited  ->  ALERT");
        // the top hit: alert marker, a score, the id, the schema and the listed name
        assertThat(r.out()).containsPattern("\\n\\s+ALERT\\s+[01]\\.\\d{4}\\s+ofac-48621\\s+Organization\\s+GRANPECT CO\\. LTD\\.\\s");
        // --lists ofac is the family: the two OFAC sources, nothing else
        assertThat(r.err()).contains("from 2 lists");
    }

    @Test
    void screenJsonCarriesScoreAlgorithmAndExplanationWithOffsets() throws IOException {
        String query = "Granpect Company Limited";
        CliRun r = CliRun.of("screen", query, "--lists", "ofac", "--format", "json", "--explain");

        assertThat(r.exit()).as(r.err()).isEqualTo(Tradeguard.ALERT);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.path("outcome").asText()).isEqualTo("alert");
        assertThat(root.path("query").path("name").asText()).isEqualTo(query);
        assertThat(root.path("algorithm").asText()).startsWith("tg-name-v1");
        List<String> sources = new ArrayList<>();
        root.path("lists").forEach(l -> {
            sources.add(l.path("source").asText());
            assertThat(l.path("sha256").asText()).matches("[0-9a-f]{64}");
        });
        assertThat(sources).containsExactlyInAnyOrder("ofac-sdn", "ofac-nonsdn");

        JsonNode top = root.path("hits").path(0);
        assertThat(top.path("id").asText()).isEqualTo("ofac-48621");
        assertThat(top.path("caption").asText()).isEqualTo("GRANPECT CO. LTD.");
        assertThat(top.path("score").isNumber()).isTrue();
        assertThat(top.path("score").asDouble()).isBetween(root.path("threshold").asDouble(), 1.0);
        assertThat(top.path("alert").asBoolean()).isTrue();
        assertThat(top.path("algorithm").asText()).startsWith("tg-name-v1");
        assertThat(top.path("datasets").toString()).contains("ofac-sdn");

        JsonNode x = top.path("explanation");
        assertThat(x.isObject()).as("explanation present with --explain").isTrue();
        String listName = x.path("list_name").asText();
        assertThat(listName).isEqualTo("GRANPECT CO. LTD.");
        JsonNode tokens = x.path("tokens");
        assertThat(tokens.size()).isGreaterThanOrEqualTo(2);
        List<String> queryWords = new ArrayList<>();
        for (JsonNode t : tokens) {
            // the offsets point at the very words they name, in the query and in the list name
            int qs = t.path("query_offsets").path(0).asInt(-1);
            int qe = t.path("query_offsets").path(1).asInt(-1);
            int ls = t.path("list_offsets").path(0).asInt(-1);
            int le = t.path("list_offsets").path(1).asInt(-1);
            assertThat(query.substring(qs, qe)).as("query offsets of %s", t).isEqualTo(t.path("query").asText());
            assertThat(listName.substring(ls, le)).as("list offsets of %s", t).isEqualTo(t.path("list").asText());
            assertThat(t.path("method").asText()).isNotBlank();
            queryWords.add(t.path("query").asText());
        }
        assertThat(queryWords).contains("Granpect");
        JsonNode granpect = tokens.path(queryWords.indexOf("Granpect"));
        assertThat(granpect.path("query_offsets").toString()).isEqualTo("[0,8]");
        assertThat(granpect.path("list").asText()).isEqualTo("GRANPECT");
    }

    @Test
    void screenOfACleanNameExitsZeroWithoutAlert() {
        CliRun r = CliRun.of("screen", "Zzyzx Quollbert Trading", "--lists", "un");

        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Tradeguard.OK);
        assertThat(r.out()).startsWith("Zzyzx Quollbert Trading  ->  CLEAR (0 hits").doesNotContain("ALERT");
    }

    @Test
    void everyCommandPrintsItsUsageOnHelpAsItsUsageErrorsSuggest() {
        for (String command : new String[]{"screen", "screen-file", "eval", "bench", "lists", "assess", "serve"}) {
            CliRun r = CliRun.of(command, "--help");
            assertThat(r.exit()).as(command + ": " + r.err()).isEqualTo(Tradeguard.OK);
            assertThat(r.out()).as(command).startsWith("Usage: tradeguard " + command);
        }
        CliRun nested = CliRun.of("audit", "verify", "-h");
        assertThat(nested.exit()).as(nested.err()).isEqualTo(Tradeguard.OK);
        assertThat(nested.out()).startsWith("Usage: tradeguard audit verify");
    }

    @Test
    void badOptionValuesAreUsageErrorsNamingTheOptionAndAMissingFileIsBadInput() {
        CliRun threshold = CliRun.of("screen", "Granpect Company Limited", "--threshold", "2");
        assertThat(threshold.exit()).isEqualTo(Tradeguard.USAGE);
        assertThat(threshold.err()).contains("--threshold").contains("between 0 and 1").contains("--help");
        assertThat(threshold.out()).isEmpty();

        CliRun lists = CliRun.of("screen", "Granpect Company Limited", "--lists", "nosuchlist");
        assertThat(lists.exit()).isEqualTo(Tradeguard.USAGE);
        assertThat(lists.err()).contains("--lists").contains("nosuchlist");

        CliRun missing = CliRun.of("screen-file", dir.resolve("absent.csv").toString(), "--out", dir.resolve("o.csv").toString());
        assertThat(missing.exit()).isEqualTo(Tradeguard.BAD_INPUT);
        assertThat(missing.err()).contains("absent.csv");
        assertThat(dir.resolve("o.csv")).doesNotExist();
    }

    @Test
    void screenFileWritesOneRowPerInputRowAndReportsABadRowByLine() throws IOException {
        Path in = dir.resolve("parties.csv");
        Path out = dir.resolve("results.csv");
        Files.writeString(in, """
                reference,name,country,birth_date
                r1,Granpect Company Limited,,
                r2,"Quollbert, Zzyzx",,
                r3,Congomet Trading House,,1990-13-45
                r4,Korea Mining Development Trading Corporation,kp,
                """, StandardCharsets.UTF_8);

        CliRun r = CliRun.of("screen-file", in.toString(), "--out", out.toString(), "--lists", "ofac,un");

        // a bad row does not stop the batch, but the run exits with 3 (bad input data) as the code documents
        assertThat(r.exit()).as(r.err()).isEqualTo(Tradeguard.BAD_INPUT);
        assertThat(out).exists();
        assertThat(dir.resolve("results.csv.partial")).doesNotExist();
        assertThat(r.err()).contains("parties.csv line 4: birth date '1990-13-45'").contains("2 alerted, 1 errors");

        List<CSVRecord> rows = readCsv(out);
        assertThat(rows).hasSize(4);
        assertThat(rows).extracting(row -> row.get("line")).containsExactly("2", "3", "4", "5");
        assertThat(rows).extracting(row -> row.get("reference")).containsExactly("r1", "r2", "r3", "r4");
        assertThat(rows).extracting(row -> row.get("outcome")).containsExactly("alert", "clear", "error", "alert");

        CSVRecord granpect = rows.get(0);
        assertThat(granpect.get("top_id")).isEqualTo("ofac-48621");
        assertThat(granpect.get("top_name")).isEqualTo("GRANPECT CO. LTD.");
        assertThat(granpect.get("alert_ids").split(";")).contains("ofac-48621");
        assertThat(Double.parseDouble(granpect.get("top_score"))).isBetween(0.8, 1.0);
        assertThat(granpect.get("error")).isEmpty();

        assertThat(rows.get(1).get("name")).isEqualTo("Quollbert, Zzyzx");
        assertThat(rows.get(1).get("alerts")).isEqualTo("0");

        CSVRecord bad = rows.get(2);
        assertThat(bad.get("name")).isEqualTo("Congomet Trading House");
        assertThat(bad.get("error")).contains("birth date '1990-13-45'");
        assertThat(bad.get("top_id")).isEmpty();

        // both selected families are screened: the UN entry alerts next to the OFAC one
        assertThat(rows.get(3).get("alert_ids").split(";")).contains("un-KPe.001");
    }

    @Test
    void screenFileReadsAnExcelCsvThatStartsWithAByteOrderMark() throws IOException {
        // Excel's "CSV UTF-8" starts with U+FEFF; the first column was read as "\uFEFFname" and the file refused
        Path in = dir.resolve("excel.csv");
        Path out = dir.resolve("excel-results.csv");
        Files.writeString(in, "\uFEFFname,reference\r\nGranpect Company Limited,po-1\r\n", StandardCharsets.UTF_8);

        CliRun r = CliRun.of("screen-file", in.toString(), "--out", out.toString(), "--lists", "ofac");

        assertThat(r.exit()).as(r.err()).isEqualTo(Tradeguard.ALERT);
        List<CSVRecord> rows = readCsv(out);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("name")).isEqualTo("Granpect Company Limited");
        assertThat(rows.get(0).get("reference")).isEqualTo("po-1");
        assertThat(rows.get(0).get("top_id")).isEqualTo("ofac-48621");
    }

    @Test
    void evalReportsRecallFalseAlertsAndWritesMissesToTheDetailsFile() throws IOException {
        Path cases = dir.resolve("cases.tsv");
        Path details = dir.resolve("details.tsv");
        Files.writeString(cases, String.join("\n",
                "query\tschema\texpected\tnote",                                                     // line 1
                "Congomet Trading House\tOrganization\tun-CDe.004\tpositive",                         // line 2
                "Eric Badege\tPerson\tun-CDi.001\tpositive",                                          // line 3
                "Korea Mining Development Trading Corporation\t\tun-KPe.001\tpositive",                // line 4
                "Butembo Airlines\tOrganization\tun-CDe.004\twrong expected id (Congomet's): a miss",  // line 5
                "Zzyzx Quollbert Trading\t\t\tnegative, clean",                                       // line 6
                "Forces Democratiques de Liberation du Rwanda\t\t\tnegative but listed: a false alert", // line 7
                ""), StandardCharsets.UTF_8);

        CliRun r = CliRun.of("eval", cases.toString(), "--lists", "un", "--format", "json", "--details", details.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(Tradeguard.OK);
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.has("recall_at_1") && j.has("recall_at_10") && j.has("recall_at_threshold") && j.has("false_alert_rate")
                && j.has("p50_ms") && j.has("p99_ms") && j.has("worst_misses")).as(r.out()).isTrue();
        assertThat(j.path("set").asText()).isEqualTo("cases.tsv");
        assertThat(j.path("positives").asInt()).isEqualTo(4);
        assertThat(j.path("negatives").asInt()).isEqualTo(2);
        assertThat(j.path("recall_at_1").asDouble()).isEqualTo(0.75);
        assertThat(j.path("recall_at_10").asDouble()).isEqualTo(0.75);
        assertThat(j.path("recall_at_threshold").asDouble()).isEqualTo(0.75);
        assertThat(j.path("false_alert_rate").asDouble()).isEqualTo(0.5);
        assertThat(j.path("p50_ms").asDouble()).isPositive();
        assertThat(j.path("p99_ms").asDouble()).isGreaterThanOrEqualTo(j.path("p50_ms").asDouble());
        assertThat(j.path("algorithm").asText()).startsWith("tg-name-v1");

        JsonNode misses = j.path("worst_misses");
        assertThat(misses.size()).isEqualTo(1);
        assertThat(misses.path(0).path("line").asInt()).isEqualTo(5);
        assertThat(misses.path(0).path("query").asText()).isEqualTo("Butembo Airlines");
        assertThat(misses.path(0).path("top_id").asText()).isEqualTo("un-CDe.002");
        JsonNode falseAlerts = j.path("worst_false_alerts");
        assertThat(falseAlerts.size()).isEqualTo(1);
        assertThat(falseAlerts.path(0).path("line").asInt()).isEqualTo(7);

        List<String> lines = Files.readAllLines(details, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("kind\tline\tquery\texpected\texpected_score\texpected_name\ttop_id\ttop_name\ttop_score");
        String[] miss = lines.get(1).split("\t", -1);
        assertThat(miss).hasSize(9);
        assertThat(miss[0]).isEqualTo("miss");
        assertThat(miss[1]).isEqualTo("5");
        assertThat(miss[2]).isEqualTo("Butembo Airlines");
        assertThat(miss[3]).isEqualTo("un-CDe.004");
        assertThat(miss[6]).isEqualTo("un-CDe.002");
        assertThat(miss[7]).isEqualTo("BUTEMBO AIRLINES (BAL)");
        String[] falseAlert = lines.get(2).split("\t", -1);
        assertThat(falseAlert).hasSize(9);
        assertThat(falseAlert[0]).isEqualTo("false_alert");
        assertThat(falseAlert[1]).isEqualTo("7");
        assertThat(falseAlert[6]).isEqualTo("un-CDe.005");
    }

    @Test
    void listsJsonShowsEveryBundledSourceWithTheSha256OfItsFiles() throws Exception {
        CliRun r = CliRun.of("lists", "--format", "json");

        assertThat(r.exit()).as(r.err()).isEqualTo(Tradeguard.OK);
        Map<String, JsonNode> bySource = new LinkedHashMap<>();
        JSON.readTree(r.out()).forEach(l -> bySource.put(l.path("source").asText(), l));
        assertThat(bySource.keySet()).containsExactly("ofac-sdn", "ofac-nonsdn", "un", "uk", "csl", "dpl", "opensanctions");
        for (BundledLists.Entry e : BundledLists.entries()) {
            JsonNode l = bySource.get(e.id());
            assertThat(l.path("entities").asInt()).as(e.id()).isPositive();
            // SHA-256 of the bytes: one file its own hash, several the hash of the sorted "<name> <sha256>\n" lines
            assertThat(l.path("sha256").asText()).as(e.id()).isEqualTo(expectedSha256(e));
        }
    }

    @Test
    void benchJsonReportsThroughputLatencyAndSize() throws IOException {
        CliRun r = CliRun.of("bench", "--lists", "un", "--threads", "2", "--warmup", "0", "--seconds", "0.3", "--queries", "50",
                "--format", "json");

        assertThat(r.exit()).as(r.err()).isEqualTo(Tradeguard.OK);
        JsonNode j = JSON.readTree(r.out());
        for (String key : List.of("screenings_per_second", "p50_ms", "p99_ms", "heap_mb", "threads", "entities")) {
            assertThat(j.path(key).isNumber()).as("%s in %s", key, r.out()).isTrue();
        }
        assertThat(j.path("screenings_per_second").asDouble()).isPositive();
        assertThat(j.path("p50_ms").asDouble()).isPositive();
        assertThat(j.path("p99_ms").asDouble()).isGreaterThanOrEqualTo(j.path("p50_ms").asDouble());
        assertThat(j.path("heap_mb").asLong()).isPositive();
        assertThat(j.path("threads").asInt()).isEqualTo(2);
        assertThat(j.path("entities").asInt()).isPositive();
        // --warmup 0 is no warm-up at all: not waited for the JIT compiler to go quiet
        assertThat(j.path("warmup_seconds").asDouble()).as(r.out()).isLessThan(1.0);
        assertThat(j.path("jit_quiet").isBoolean()).as(r.out()).isTrue();
        assertThat(j.path("jit_quiet").asBoolean()).isFalse();
    }

    @Test
    void benchOnListsWithoutPersonsIsAUsageErrorNotAnInternalError() {
        // the DPL has legal entities only, so no query mix can be built: the user's selection, not a bug (was exit 70)
        CliRun r = CliRun.of("bench", "--lists", "dpl", "--warmup", "0", "--seconds", "0.1", "--queries", "10");

        assertThat(r.exit()).as(r.err()).isEqualTo(Tradeguard.USAGE);
        assertThat(r.err()).contains("--lists dpl").contains("persons and organisations").doesNotContain("internal error");
    }

    private static List<CSVRecord> readCsv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertThat(p.getHeaderNames()).containsExactly("line", "reference", "name", "outcome", "alerts", "top_score", "top_id",
                    "top_name", "top_schema", "top_lists", "top_matched_name", "alert_ids", "error");
            return p.getRecords();
        }
    }

    private static String expectedSha256(BundledLists.Entry e) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        for (String f : e.files()) {
            try (InputStream in = BundledLists.class.getResourceAsStream("/bundled/" + e.folder() + "/" + f)) {
                assertThat(in).as("bundled resource %s/%s", e.folder(), f).isNotNull();
                hashes.put(f, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
            }
        }
        if (hashes.size() == 1) {
            return hashes.values().iterator().next();
        }
        StringBuilder sb = new StringBuilder();
        hashes.forEach((n, h) -> sb.append(n).append(' ').append(h).append('\n'));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
