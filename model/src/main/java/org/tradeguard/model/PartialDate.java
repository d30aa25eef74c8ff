package org.tradeguard.model;

import java.util.Optional;

/**
 * A date known to the year, the month or the day, as lists publish them ("1965", "Mar 1965",
 * "07 Mar 1965"). {@code month} and {@code day} are 0 when unknown.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("day out of range: " + day + " (month " + month + ")");
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /**
     * Parses the ISO forms {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} (a time part after
     * {@code T} is ignored). Returns empty for anything else.
     */
    public static Optional<PartialDate> parseIso(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        int t = s.indexOf('T');
        if (t > 0) {
            s = s.substring(0, t);
        }
        try {
            if (s.length() == 4 && allDigits(s)) {
                return Optional.of(ofYear(Integer.parseInt(s)));
            }
            if (s.length() == 7 && s.charAt(4) == '-' && allDigits(s.substring(0, 4)) && allDigits(s.substring(5))) {
                return Optional.of(new PartialDate(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)), 0));
            }
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-'
                    && allDigits(s.substring(0, 4)) && allDigits(s.substring(5, 7)) && allDigits(s.substring(8))) {
                return Optional.of(new PartialDate(Integer.parseInt(s.substring(0, 4)),
                        Integer.parseInt(s.substring(5, 7)), Integer.parseInt(s.substring(8))));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /**
     * True when the two dates can denote the same day: equal on every part both know
     * ({@code 1965} agrees with {@code 1965-03-07}).
     */
    public boolean agreesWith(PartialDate other) {
        if (year != other.year) {
            return false;
        }
        if (month == 0 || other.month == 0) {
            return true;
        }
        if (month != other.month) {
            return false;
        }
        return day == 0 || other.day == 0 || day == other.day;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(month, o.month);
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    /** ISO form with as many parts as are known. */
    @Override
    public String toString() {
        if (month == 0) {
            return String.format(java.util.Locale.ROOT, "%04d", year);
        }
        if (day == 0) {
            return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
}
