package org.tradeguard.server;

/**
 * A request the server will not serve as asked, with the HTTP status and a problem body
 * {@code {status, title, detail, field}}. Thrown only at the edge (parsing, validation, access,
 * lookups by id); everything else that goes wrong is a bug or the environment and becomes a 500.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String title;
    final String field;

    Problem(int status, String title, String detail, String field) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    static Problem badRequest(String field, String detail) {
        return new Problem(400, "Bad request", detail, field);
    }

    static Problem notFound(String detail) {
        return new Problem(404, "Not found", detail, null);
    }

    static Problem conflict(String detail) {
        return new Problem(409, "Conflict", detail, null);
    }

    static Problem unavailable(String detail) {
        return new Problem(503, "Service unavailable", detail, null);
    }

    static String cut(String v) {
        return v.length() <= 60 ? v : v.substring(0, 57) + "...";
    }
}
