package org.tradeguard.server;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Schema;
import org.tradeguard.model.Snapshot;

/** A handful of hand-made list entities: enough to alert, clear and change, without loading real lists. */
final class TestLists {
    private TestLists() {}

    static final Snapshot SNAPSHOT = new Snapshot("test-sdn", "Test sanctions list", LocalDate.of(2026, 4, 1),
            "ab".repeat(32), "test");
    static final Snapshot OTHER = new Snapshot("test-other", "Another test list", LocalDate.of(2026, 3, 1),
            "cd".repeat(32), "test");

    static Entity person(String id, String name, String birth, String... aliases) {
        Entity.Builder b = Entity.builder(id, Schema.PERSON, new Provenance(SNAPSHOT, id, "{}"))
                .add(Prop.NAME, name).add(Prop.BIRTH_DATE, birth).add(Prop.NATIONALITY, "ru").add(Prop.PROGRAM, "RUSSIA-EO14024")
                .dataset(SNAPSHOT.source());
        for (String a : aliases) {
            b.add(Prop.ALIAS, a);
        }
        return b.build();
    }

    static Entity company(Snapshot s, String id, String name, String country) {
        return Entity.builder(id, Schema.COMPANY, new Provenance(s, id, "{}"))
                .add(Prop.NAME, name).add(Prop.JURISDICTION, country).add(Prop.REGISTRATION_NUMBER, "1027700132195")
                .dataset(s.source()).build();
    }

    static List<Entity> entities(String... extraPetrovAliases) {
        List<Entity> all = new java.util.ArrayList<>(List.of(
                person("t-1", "Ivan Sergeyevich Petrovsky", "1961-04-12", extraPetrovAliases),
                person("t-2", "Maria Vladimirovna Kuznetsova", "1975"),
                company(SNAPSHOT, "t-3", "Granpect Company Limited", "cn"),
                company(OTHER, "t-4", "Orion Maritime Logistics LLC", "ae")));
        all.addAll(background());
        return all;
    }

    /**
     * Scores weigh a word by its rarity across the lists, so a list of four entries makes every
     * word common. A few hundred made-up names (seeded, never near the names above) give the
     * weights a realistic background.
     */
    static List<Entity> background() {
        String[] syllables = {"ka", "lo", "mir", "ta", "vu", "zen", "ro", "bel", "sun", "dra", "fi", "gor", "hal", "jun", "qe", "wex"};
        java.util.Random rnd = new java.util.Random(42);
        List<Entity> out = new java.util.ArrayList<>();
        for (int i = 0; i < BACKGROUND; i++) {
            StringBuilder name = new StringBuilder();
            for (int w = 0; w < 3; w++) {
                name.append(w == 0 ? "" : " ").append("Q");
                for (int k = 0; k < 3; k++) {
                    name.append(syllables[rnd.nextInt(syllables.length)]);
                }
            }
            out.add(Entity.builder("bg-" + i, Schema.PERSON, new Provenance(SNAPSHOT, "bg-" + i, "{}"))
                    .add(Prop.NAME, name.toString()).dataset(SNAPSHOT.source()).build());
        }
        return out;
    }

    static final int BACKGROUND = 300;

    static ListSet lists(String... extraPetrovAliases) {
        List<Entity> all = entities(extraPetrovAliases);
        return ListSet.of(List.of(
                load(SNAPSHOT, all.stream().filter(e -> e.provenance().snapshot() == SNAPSHOT).toList()),
                load(OTHER, all.stream().filter(e -> e.provenance().snapshot() == OTHER).toList())));
    }

    private static ListLoad load(Snapshot s, List<Entity> entities) {
        return new ListLoad(s, entities, new IngestReport(s.source(), entities.size(), 0, List.of(), Map.of(), Duration.ZERO));
    }
}
