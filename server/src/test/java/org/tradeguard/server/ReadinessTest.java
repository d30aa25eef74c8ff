package org.tradeguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeguard.store.Role;

class ReadinessTest {
    @TempDir
    Path dir;

    @Test
    void screeningWaitsFor503UntilTheListsAreLoaded() throws Exception {
        try (ServerFixture f = new ServerFixture(TestDatabases.sqlite(dir.resolve("r.db")), false, dir.resolve("data"))) {
            assertThat(f.send("GET", "/healthz", null, (String) null).status()).isEqualTo(200);
            assertThat(f.send("GET", "/readyz", null, (String) null).status()).isEqualTo(503);
            ServerFixture.Reply r = f.post("/v1/screen", Role.SCREENER, "{\"name\":\"Ivan\"}");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().get("status").asInt()).isEqualTo(503);
            assertThat(f.count("screenings")).isZero();
            f.server.ready(TestLists.lists());
            assertThat(f.send("GET", "/readyz", null, (String) null).status()).isEqualTo(200);
            assertThat(f.post("/v1/screen", Role.SCREENER, "{\"name\":\"Ivan\"}").status()).isEqualTo(200);
        }
    }
}
