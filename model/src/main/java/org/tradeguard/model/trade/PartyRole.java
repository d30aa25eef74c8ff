package org.tradeguard.model.trade;

import java.util.Optional;

/** The role a party plays in a transaction (EAR §748.5 for the export roles, PAY-1 for payment roles). */
public enum PartyRole {
    EXPORTER, PURCHASER, INTERMEDIATE_CONSIGNEE, ULTIMATE_CONSIGNEE, END_USER, FREIGHT_FORWARDER,
    BANK, ORDERING_CUSTOMER, BENEFICIARY, VESSEL, BENEFICIAL_OWNER;

    /** Persisted form, e.g. {@code end_user}. */
    public String code() {
        return Codes.code(this);
    }

    /** The roles of §748.5(c)-(f) to which Entity List requirements attach (E-8). */
    public boolean exportParty() {
        return this == PURCHASER || this == INTERMEDIATE_CONSIGNEE || this == ULTIMATE_CONSIGNEE || this == END_USER;
    }

    /** Roles that appear in the payment rather than the shipment (PAY-1). */
    public boolean paymentParty() {
        return this == BANK || this == ORDERING_CUSTOMER || this == BENEFICIARY;
    }

    public static Optional<PartyRole> parse(String text) {
        return Codes.parse(PartyRole.class, text, PartyRole::code);
    }
}
