package org.tradeguard.controls;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** US business days: Monday to Friday, except federal holidays (as observed), which are data. */
public final class BusinessDays {
    private final TreeSet<LocalDate> holidays;

    public BusinessDays(Set<LocalDate> holidays) {
        this.holidays = new TreeSet<>(holidays);
    }

    public boolean isBusinessDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
    }

    /**
     * The date {@code n} business days after {@code start} (the start day itself does not count).
     *
     * @throws IllegalArgumentException when the result lies beyond the holiday data
     */
    public LocalDate plus(LocalDate start, int n) {
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        if (holidays.isEmpty() || d.getYear() > holidays.last().getYear()) {
            throw new IllegalArgumentException("no federal holiday data for " + d.getYear() + "; extend us-federal-holidays.csv");
        }
        return d;
    }
}
