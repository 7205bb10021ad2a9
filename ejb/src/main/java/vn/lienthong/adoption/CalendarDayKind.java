package vn.lienthong.adoption;

/** How a date departs from "Monday to Friday are working days". */
public enum CalendarDayKind {
    /** Ngày nghỉ lễ, Tết: a public holiday. */
    HOLIDAY,
    /** Nghỉ bù or hoán đổi: a weekday off, for a holiday on a weekend or a swap the Government announced. */
    SWAPPED_OFF,
    /** Làm bù: a Saturday or Sunday that is a working day, paying back a swapped day. */
    MAKEUP_WORKDAY;

    /**
     * Whether {@code day} can be of this kind: a make-up working day is a Saturday or Sunday, a day off in lieu a
     * weekday; a holiday may fall on any day (one on a Sunday is what earns the Monday off).
     */
    public boolean fits(java.time.LocalDate day) {
        boolean weekend = day.getDayOfWeek().getValue() >= 6;
        return switch (this) {
            case HOLIDAY -> true;
            case SWAPPED_OFF -> !weekend;
            case MAKEUP_WORKDAY -> weekend;
        };
    }
}
