package org.tradeguard.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * FollowTheMoney schemata used by Tradeguard. {@link #code()} is the FtM name and the only form
 * that is persisted or printed; ordinals are never stored.
 */
public enum Schema {
    THING("Thing", null, false),
    LEGAL_ENTITY("LegalEntity", THING, true),
    PERSON("Person", LEGAL_ENTITY, true),
    ORGANIZATION("Organization", LEGAL_ENTITY, true),
    COMPANY("Company", ORGANIZATION, true),
    PUBLIC_BODY("PublicBody", ORGANIZATION, true),
    VESSEL("Vessel", THING, true),
    AIRCRAFT("Aircraft", THING, true),
    ADDRESS("Address", THING, false),
    SANCTION("Sanction", THING, false),
    OWNERSHIP("Ownership", THING, false),
    DIRECTORSHIP("Directorship", THING, false),
    FAMILY("Family", THING, false),
    ASSOCIATE("Associate", THING, false),
    UNKNOWN_LINK("UnknownLink", THING, false),
    IDENTIFICATION("Identification", THING, false),
    PASSPORT("Passport", IDENTIFICATION, false);

    private static final Map<String, Schema> BY_CODE = new HashMap<>();

    static {
        for (Schema s : values()) {
            BY_CODE.put(s.code, s);
        }
    }

    private final String code;
    private final Schema parent;
    private final boolean matchable;

    Schema(String code, Schema parent, boolean matchable) {
        this.code = code;
        this.parent = parent;
        this.matchable = matchable;
    }

    /** The FtM schema name, e.g. {@code "Company"}. */
    public String code() {
        return code;
    }

    /** True when entities of this schema are screened (parties and assets, not links). */
    public boolean matchable() {
        return matchable;
    }

    /** True when this schema is {@code other} or descends from it. */
    public boolean isA(Schema other) {
        for (Schema s = this; s != null; s = s.parent) {
            if (s == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a query of this schema may be compared with a list entity of {@code listed}:
     * one descends from the other (a {@code Company} query meets an {@code Organization} entry
     * and a {@code LegalEntity} entry, never a {@code Person}).
     */
    public boolean compatibleWith(Schema listed) {
        return COMPATIBLE[ordinal()][listed.ordinal()];
    }

    private static final boolean[][] COMPATIBLE = new boolean[values().length][values().length];

    static {
        for (Schema a : values()) {
            for (Schema b : values()) {
                COMPATIBLE[a.ordinal()][b.ordinal()] = a.isA(b) || b.isA(a);
            }
        }
    }

    public static Optional<Schema> ofCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** Like {@link #ofCode} but case-insensitive; for user input. */
    public static Optional<Schema> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Schema s : values()) {
            if (s.code.equalsIgnoreCase(text.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
