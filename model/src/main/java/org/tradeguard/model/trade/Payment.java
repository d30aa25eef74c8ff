package org.tradeguard.model.trade;

import java.math.BigDecimal;

/**
 * The payment for the transaction, when there is one (PAY-4 trade linkage).
 *
 * @param heldByUsPerson the funds are in the possession or control of a US person (S-1, PAY-5)
 */
public record Payment(BigDecimal amount, String currency, boolean heldByUsPerson, String reference) {}
