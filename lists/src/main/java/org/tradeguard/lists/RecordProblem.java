package org.tradeguard.lists;

/**
 * A broken record that was skipped (or a field that was dropped) while reading a list.
 *
 * @param file     file name inside the source input
 * @param location line number ({@code line 1234}) or element path ({@code /CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[17]})
 * @param recordId the record's own id when known, else empty
 * @param field    the offending field when known, else empty
 * @param message  what was wrong, with the offending value cut short
 */
public record RecordProblem(String file, String location, String recordId, String field, String message) {

    public RecordProblem {
        recordId = recordId == null ? "" : recordId;
        field = field == null ? "" : field;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file).append(' ').append(location);
        if (!recordId.isEmpty()) {
            sb.append(" record ").append(recordId);
        }
        if (!field.isEmpty()) {
            sb.append(" field ").append(field);
        }
        return sb.append(": ").append(message).toString();
    }

    /** Cuts a value to at most 80 characters for a message. */
    public static String cut(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
