package org.tradeguard.cli;

/** Input data the user gave is unusable (exit 3). The message says what, where, and what was expected. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
