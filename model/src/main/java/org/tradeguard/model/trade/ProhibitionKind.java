package org.tradeguard.model.trade;

/** The three prohibited outcomes of §1.0, strongest first. */
public enum ProhibitionKind {
    /** Block the property and report (S-1, R-1). */
    BLOCK,
    /** Reject, no blockable interest, and report (S-5, R-3). */
    REJECT,
    /** A party is under a BIS denial order (E-10). */
    DENIAL_ORDER;

    public String code() {
        return Codes.code(this);
    }
}
