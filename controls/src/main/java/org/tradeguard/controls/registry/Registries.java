package org.tradeguard.controls.registry;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The registries an assessment reads and writes, as JSON files under one data directory
 * ({@code licences.json}, {@code eucs.json}, {@code decisions/}): the layout shared by the
 * {@code assess}, {@code licences} and {@code eucs} commands and by the service.
 */
public record Registries(JsonFileLicenceRegistry licences, JsonFileEucRegistry eucs, DecisionStore decisions) {
    public Registries {
        Objects.requireNonNull(licences, "licences");
        Objects.requireNonNull(eucs, "eucs");
        Objects.requireNonNull(decisions, "decisions");
    }

    /** The registries under {@code dir}; files are created on first write. */
    public static Registries under(Path dir) {
        return new Registries(new JsonFileLicenceRegistry(dir.resolve("licences.json")),
                new JsonFileEucRegistry(dir.resolve("eucs.json")), new DecisionStore(dir.resolve("decisions")));
    }
}
