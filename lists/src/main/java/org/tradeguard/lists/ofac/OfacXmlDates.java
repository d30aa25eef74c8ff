package org.tradeguard.lists.ofac;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tradeguard.model.PartialDate;

/**
 * OFAC dates as the two XML formats write them -> ISO partial dates ({@link PartialDate#toString}).
 * The classic format writes text ("07 Mar 1965", "Mar 1965", "1965", "circa 1965",
 * "1960 to 1962"); the advanced format writes a period whose bounds tell the precision
 * (1962-01-01 .. 1962-12-31 is the year 1962).
 */
final class OfacXmlDates {
    private OfacXmlDates() {}

    /**
     * A year range wider than this is not listed year by year: OFAC ranges are a few years
     * ("1960 to 1962"); a wider one is kept as its two bounds so one odd entry cannot add
     * dozens of birth dates.
     */
    private static final int MAX_YEARS_LISTED = 20;

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    /** Parses a classic-format date text; empty when it is not one of the known forms. */
    static Optional<List<String>> parseText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        // "circa 1970" means about 1970: the year is what a matcher can use
        if (lower.startsWith("circa ")) {
            s = s.substring("circa ".length()).strip();
            lower = s.toLowerCase(Locale.ROOT);
        }
        int to = lower.indexOf(" to ");
        if (to > 0) {
            Optional<PartialDate> from = single(s.substring(0, to));
            Optional<PartialDate> until = single(s.substring(to + 4));
            if (from.isEmpty() || until.isEmpty() || until.get().compareTo(from.get()) < 0) {
                return Optional.empty();
            }
            PartialDate a = from.get();
            PartialDate b = until.get();
            if (!a.hasMonth() && !b.hasMonth()) {
                return Optional.of(years(a.year(), b.year()));
            }
            return Optional.of(List.of(a.toString(), b.toString()));
        }
        return single(s).map(d -> List.of(d.toString()));
    }

    /** "07 Mar 1965", "Mar 1965", "1965" or ISO. */
    private static Optional<PartialDate> single(String text) {
        String[] parts = text.strip().split("\\s+");
        try {
            switch (parts.length) {
                case 1 -> {
                    return PartialDate.parseIso(parts[0]);
                }
                case 2 -> {
                    int month = month(parts[0]);
                    return month == 0 ? Optional.empty() : Optional.of(new PartialDate(year(parts[1]), month, 0));
                }
                case 3 -> {
                    int month = month(parts[1]);
                    if (month == 0) {
                        return Optional.empty();
                    }
                    int year = year(parts[2]);
                    int day = Integer.parseInt(parts[0]);
                    // validates the day against the month (no 31 Feb)
                    LocalDate.of(year, month, day);
                    return Optional.of(new PartialDate(year, month, day));
                }
                default -> {
                    return Optional.empty();
                }
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            // a non-numeric part, or a part PartialDate or LocalDate rejects as out of range
            return Optional.empty();
        }
    }

    private static int year(String s) {
        if (s.length() != 4) {
            throw new NumberFormatException("not a four-digit year: " + s);
        }
        return Integer.parseInt(s);
    }

    /** 1-12 for an English month name or its three-letter abbreviation, else 0. */
    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() < 3) {
            return 0;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (w.startsWith(MONTHS[i]) && (w.length() == 3 || Month.of(i + 1).name().toLowerCase(Locale.ROOT).startsWith(w))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Each year from {@code from} to {@code to}, or only the two bounds when the range is wide. */
    static List<String> years(int from, int to) {
        List<String> out = new ArrayList<>();
        if (to - from > MAX_YEARS_LISTED) {
            out.add(PartialDate.ofYear(from).toString());
            out.add(PartialDate.ofYear(to).toString());
            return out;
        }
        for (int y = from; y <= to; y++) {
            out.add(PartialDate.ofYear(y).toString());
        }
        return out;
    }

    /**
     * An advanced-format period -> partial dates: one day, a whole month, whole years (each
     * year listed), or else its two bounds. Empty when both bounds are missing or reversed.
     */
    static List<String> period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return List.of();
        }
        if (start == null || end == null || start.equals(end)) {
            LocalDate d = start != null ? start : end;
            return List.of(new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()).toString());
        }
        if (end.isBefore(start)) {
            return List.of();
        }
        boolean fromMonthStart = start.getDayOfMonth() == 1;
        boolean toMonthEnd = end.getDayOfMonth() == end.lengthOfMonth();
        if (fromMonthStart && toMonthEnd && start.getMonthValue() == 1 && end.getMonthValue() == 12) {
            return years(start.getYear(), end.getYear());
        }
        if (fromMonthStart && toMonthEnd && start.getYear() == end.getYear() && start.getMonthValue() == end.getMonthValue()) {
            return List.of(new PartialDate(start.getYear(), start.getMonthValue(), 0).toString());
        }
        return List.of(day(start), day(end));
    }

    private static String day(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()).toString();
    }
}
