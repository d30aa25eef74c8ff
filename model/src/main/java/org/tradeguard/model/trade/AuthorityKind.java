package org.tradeguard.model.trade;

/** On what authority a transaction may proceed (§1.0 item 6). */
public enum AuthorityKind {
    /** No licence required. */
    NLR,
    /** An EAR licence exception, by symbol (e.g. ENC). */
    LICENCE_EXCEPTION,
    /** A licence on file, by number (BIS, OFAC GL/SL, EU, national). */
    LICENCE,
    /** A general authorisation, e.g. EU001. */
    GENERAL_AUTHORISATION;

    public String code() {
        return Codes.code(this);
    }
}
