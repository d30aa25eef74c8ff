package org.tradeguard.store;

/**
 * Something wrong in the audit log.
 *
 * @param kind   altered (content does not match its hash), deleted (entries missing), inserted (an
 *               entry the chain does not lead through)
 * @param seq    the entry concerned: the altered or inserted one, or the first missing position
 * @param detail what was found, in words
 */
public record AuditFinding(Kind kind, long seq, String detail) {
    public enum Kind {
        ALTERED("altered"), DELETED("deleted"), INSERTED("inserted");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
