package org.tradeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trade commands end to end, without lists (--no-lists): registries, assess, replay, bad input. */
class AssessCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Tradeguard.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void licenceFromCsvCoversTheTransactionAndIsDrawnDown() throws Exception {
        Path csv = tmp.resolve("licences.csv");
        Files.writeString(csv, "number,authority,requirements,parties,items,destinations,valid_from,valid_to,quantity_limit,value_limit,currency,conditions\n"
                + "D1000001,bis,EAR:CCL,Shenzhen Precision Parts Co,2B001,cn,2025-01-01,2028-12-31,15,,USD,\n", StandardCharsets.UTF_8);
        String dir = tmp.resolve("data").toString();
        assertThat(run("licences", "add", csv.toString(), "--data-dir", dir).code()).isZero();
        Run first = run("assess", "../examples/transaction-with-licence.json", "--no-lists", "--data-dir", dir);
        assertThat(first.code()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("PROCEED on licence: D1000001").contains("licences drawn on: D1000001");
        Run second = run("assess", "../examples/transaction-with-licence.json", "--no-lists", "--data-dir", dir, "--format", "json");
        assertThat(second.code()).isEqualTo(1);
        assertThat(second.out()).contains("\"outcome\" : \"license_required\"").contains("exceeds what remains");
        assertThat(run("licences", "list", "--data-dir", dir).out()).containsPattern("D1000001\\s+bis\\s+2025-01-01\\s+2028-12-31\\s+5\\s");
        String id = first.out().substring(0, first.out().indexOf(' '));
        Run replay = run("assess", "--replay", id, "--data-dir", dir);
        assertThat(replay.code()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("SAME DECISION");
    }

    @Test
    void badTransactionFileNamesTheFieldExitsThreeAndRecordsNothing() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"id\":\"x\",\"date\":\"2025-01-01\",\"parties\":[{\"id\":\"a\",\"roles\":[\"end_user\"],\"name\":\"A\"}],"
                + "\"items\":[{\"id\":\"i\",\"quantity\":\"ten\"}],\"route\":{\"export_country\":\"us\",\"destination\":\"ca\"}}", StandardCharsets.UTF_8);
        Path dir = tmp.resolve("data");
        Run r = run("assess", bad.toString(), "--no-lists", "--data-dir", dir.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("$.items[0].quantity: expected a number, got \"ten\"");
        assertThat(Files.exists(dir.resolve("decisions"))).isFalse();
    }

    @Test
    void duplicateLicenceAddsNothing() throws Exception {
        Path json = tmp.resolve("l.json");
        Files.writeString(json, "[{\"number\":\"A1\",\"authority\":\"bis\",\"valid_from\":\"2025-01-01\"},"
                + "{\"number\":\"A1\",\"authority\":\"bis\",\"valid_from\":\"2025-01-01\"}]", StandardCharsets.UTF_8);
        String dir = tmp.resolve("data").toString();
        Run r = run("licences", "add", json.toString(), "--data-dir", dir);
        assertThat(r.code()).isEqualTo(3);
        assertThat(run("licences", "list", "--data-dir", dir, "--format", "json").out().strip()).isEqualTo("[ ]");
    }
}
