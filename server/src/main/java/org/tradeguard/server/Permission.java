package org.tradeguard.server;

import org.tradeguard.store.Role;

/** What a route needs of the caller's key. */
enum Permission {
    /** Health, readiness, metrics, the OpenAPI document: no key. */
    NONE,
    /** Screen parties (stores screenings): screener and up. */
    SCREEN,
    /** Read lists, entities and screenings: every role. */
    READ,
    /** Read alerts and their decisions: analyst and up, and auditors. */
    READ_ALERTS,
    /** Decide alerts: analyst and up. */
    DECIDE,
    /** Assess an export (screens its parties, records a decision, may draw on licences): analyst and up. */
    ASSESS,
    /** Keys and settings: admin. */
    ADMIN,
    /** Read settings and keys: admin and auditors. */
    ADMIN_READ,
    /** Read and verify the audit log: admin and auditors. */
    AUDIT;

    boolean allows(Role r) {
        return switch (this) {
            case NONE, READ -> true;
            case SCREEN -> r.includes(Role.SCREENER);
            case READ_ALERTS -> r.includes(Role.ANALYST) || r == Role.AUDITOR;
            case DECIDE, ASSESS -> r.includes(Role.ANALYST);
            case ADMIN -> r == Role.ADMIN;
            case ADMIN_READ, AUDIT -> r == Role.ADMIN || r == Role.AUDITOR;
        };
    }
}
