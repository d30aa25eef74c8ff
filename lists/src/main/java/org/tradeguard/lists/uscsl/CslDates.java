package org.tradeguard.lists.uscsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tradeguard.model.PartialDate;

/**
 * Dates as the CSL and the DPL write them: ISO ({@code 1965-03-07}, {@code 1965}), OFAC style
 * ({@code 07 Mar 1965}, {@code Mar 1965}, {@code circa 1970}, {@code 1960 to 1962}) and BIS style
 * ({@code 06/19/2003}, month first).
 */
final class CslDates {
    private CslDates() {}

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    /**
     * The dates a value stands for: one, or each year of a range; an approximate date ("circa")
     * only keeps its year, since the day of an estimate means nothing. Empty when unparseable.
     */
    static List<PartialDate> parse(String text) {
        String s = text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("circa ")) {
            return one(date(s.substring(6)).map(d -> PartialDate.ofYear(d.year())));
        }
        int to = lower.indexOf(" to ");
        if (to > 0) {
            Optional<PartialDate> from = date(s.substring(0, to));
            Optional<PartialDate> until = date(s.substring(to + 4));
            if (from.isEmpty() || until.isEmpty() || until.get().year() < from.get().year()) {
                return List.of();
            }
            List<PartialDate> years = new ArrayList<>();
            for (int y = from.get().year(); y <= until.get().year(); y++) {
                years.add(PartialDate.ofYear(y));
            }
            return years;
        }
        return one(date(s));
    }

    /** One exact date in any of the forms, or empty. */
    static Optional<PartialDate> date(String text) {
        String s = text.strip();
        Optional<PartialDate> iso = PartialDate.parseIso(s);
        if (iso.isPresent()) {
            return iso;
        }
        try {
            if (s.indexOf('/') > 0) {
                return usNumeric(s);
            }
            String[] parts = s.split(" +");
            if (parts.length == 3 && isNumber(parts[0]) && isYear(parts[2])) {
                int month = month(parts[1]);
                return month == 0 ? Optional.empty()
                        : Optional.of(new PartialDate(Integer.parseInt(parts[2]), month, Integer.parseInt(parts[0])));
            }
            if (parts.length == 2 && isYear(parts[1])) {
                int month = month(parts[0]);
                return month == 0 ? Optional.empty() : Optional.of(new PartialDate(Integer.parseInt(parts[1]), month, 0));
            }
        } catch (IllegalArgumentException e) {
            // a day or month out of range ("31 Feb 1970") is not a date
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code MM/DD/YYYY}, the BIS form. */
    private static Optional<PartialDate> usNumeric(String s) {
        String[] parts = s.split("/");
        if (parts.length != 3 || !isNumber(parts[0]) || !isNumber(parts[1]) || !isYear(parts[2])) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(Integer.parseInt(parts[2]), Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (m.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean isYear(String s) {
        return s.length() == 4 && isNumber(s);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static List<PartialDate> one(Optional<PartialDate> d) {
        return d.map(List::of).orElse(List.of());
    }
}
