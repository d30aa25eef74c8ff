package org.tradeguard.lists;

/**
 * A whole file is unusable (not the expected format, truncated, unreadable); the load is rejected
 * and nothing of it is used. The message names the file, where, and what was expected.
 */
public class ListFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;

    public ListFormatException(String file, String location, String message) {
        this(file, location, message, null);
    }

    public ListFormatException(String file, String location, String message, Throwable cause) {
        super(file + (location == null || location.isEmpty() ? "" : " " + location) + ": " + message, cause);
        this.file = file;
        this.location = location == null ? "" : location;
    }

    public String file() {
        return file;
    }

    public String location() {
        return location;
    }
}
