package org.tradeguard.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The audit log's hash chain: how an entry's hash is computed, and how a sequence of entries is
 * checked. Each entry's hash covers its time, actor, action, subject, details and the previous
 * entry's hash, so changing, removing or slipping in an entry breaks the chain where it happened.
 * The head (last sequence number and hash, kept in its own row and updated in the same
 * transaction) catches entries cut off or added at the end.
 */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "tradeguard-audit-v1";

    private AuditChain() {}

    static String hash(Instant at, String actor, String action, String subject, String details, String prevHash) {
        // Length-prefixed fields: no choice of separator inside a value can make two entries collide.
        StringBuilder sb = new StringBuilder(VERSION);
        for (String field : new String[] {Long.toString(at.toEpochMilli()), actor, action, subject, details, prevHash}) {
            sb.append('\n').append(field.length()).append(':').append(field);
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    static String hash(AuditEntry e) {
        return hash(e.at(), e.actor(), e.action(), e.subject(), e.details(), e.prevHash());
    }

    /**
     * Checks entries fed in sequence order against each other and, at {@link #finish}, against the
     * head. Streams: keeps only the last {@link #WINDOW} entries, so a log of any size verifies in
     * constant memory (an insertion is recognised when the chain skips at most that many entries).
     */
    static final class Verifier {
        static final int WINDOW = 1024;
        private final List<AuditFinding> findings = new ArrayList<>();
        private final java.util.ArrayDeque<AuditEntry> recent = new java.util.ArrayDeque<>();
        private String prevHash = GENESIS;
        private long prevSeq;

        void accept(AuditEntry e) {
            if (!hash(e).equals(e.hash())) {
                findings.add(new AuditFinding(AuditFinding.Kind.ALTERED, e.seq(),
                        "entry " + e.seq() + " (" + e.action() + ") does not match its hash: its content was changed"));
            }
            if (!e.prevHash().equals(prevHash)) {
                long linked = linkedSeq(e.prevHash());
                if (linked >= 0) {
                    // e links past its predecessor(s): those were slipped in between.
                    for (AuditEntry x : recent) {
                        if (x.seq() > linked) {
                            findings.add(new AuditFinding(AuditFinding.Kind.INSERTED, x.seq(),
                                    "entry " + x.seq() + " (" + x.action() + ") is not part of the chain: entry "
                                            + e.seq() + " follows entry " + linked));
                        }
                    }
                } else if (e.seq() > prevSeq + 1) {
                    findings.add(new AuditFinding(AuditFinding.Kind.DELETED, prevSeq + 1,
                            "entries " + range(prevSeq + 1, e.seq() - 1) + " missing: entry " + e.seq()
                                    + " does not follow entry " + prevSeq));
                } else {
                    findings.add(new AuditFinding(AuditFinding.Kind.DELETED, e.seq(),
                            "the chain breaks before entry " + e.seq() + ": the entry it follows is missing"));
                }
            }
            recent.addLast(e);
            if (recent.size() > WINDOW) {
                recent.removeFirst();
            }
            prevHash = e.hash();
            prevSeq = e.seq();
        }

        /** The seq of a recent entry (other than the last) with this hash, 0 for the genesis, or -1. */
        private long linkedSeq(String hash) {
            if (hash.equals(GENESIS) && prevSeq > 0) {
                return 0;
            }
            AuditEntry last = recent.peekLast();
            for (AuditEntry x : recent) {
                if (x != last && x.hash().equals(hash)) {
                    return x.seq();
                }
            }
            return -1;
        }

        List<AuditFinding> finish(long headSeq, String headHash) {
            if (headSeq > prevSeq) {
                findings.add(new AuditFinding(AuditFinding.Kind.DELETED, prevSeq + 1,
                        "entries " + range(prevSeq + 1, headSeq) + " missing at the end: the log head records "
                                + headSeq + " entries"));
            } else if (headSeq < prevSeq) {
                for (AuditEntry x : recent) {
                    if (x.seq() > headSeq) {
                        findings.add(new AuditFinding(AuditFinding.Kind.INSERTED, x.seq(),
                                "entry " + x.seq() + " (" + x.action() + ") lies beyond the log head (" + headSeq + ")"));
                    }
                }
            } else if (!headHash.equals(prevHash)) {
                findings.add(new AuditFinding(AuditFinding.Kind.ALTERED, prevSeq,
                        "the last entry " + prevSeq + " does not carry the hash the log head records"));
            }
            return List.copyOf(findings);
        }

        private static String range(long from, long to) {
            return to > from ? from + ".." + to + " are" : from + " is";
        }
    }
}
