package org.tradeguard.controls;

/**
 * Input data is unusable: a transaction, licence, EUC or negative-list file. The message names the
 * file and the field (a JSON path such as {@code $.items[0].quantity}, or a CSV line and column), the
 * offending value cut short, and what was expected; {@link #field()} carries the JSON path on its
 * own, for callers (the HTTP API) that report it apart from the message.
 */
public final class BadTradeDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public BadTradeDataException(String message) {
        this(message, (Throwable) null);
    }

    public BadTradeDataException(String message, Throwable cause) {
        super(message, cause);
        this.field = null;
    }

    private BadTradeDataException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** An error at a JSON path ({@code $.items[0].quantity}); {@code message} names the path too. */
    static BadTradeDataException at(String field, String message) {
        return new BadTradeDataException(field, message, null);
    }

    /** The JSON path of the offending field, or null when the error is not about one field (not JSON, a CSV table). */
    public String field() {
        return field;
    }
}
