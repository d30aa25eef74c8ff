package org.tradeguard.controls;

/**
 * Input data is unusable: a transaction, licence, EUC or negative-list file. The message names the
 * file and the field (a JSON path such as {@code $.items[0].quantity}, or a CSV line and column), the
 * offending value cut short, and what was expected.
 */
public final class BadTradeDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadTradeDataException(String message) {
        super(message);
    }

    public BadTradeDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
