package vn.lienthong.adoption;

/** How a date departs from "Monday to Friday are working days". */
public enum CalendarDayKind {
    /** Ngày nghỉ lễ, Tết: a public holiday. */
    HOLIDAY,
    /** Nghỉ bù or hoán đổi: a weekday off, for a holiday on a weekend or a swap the Government announced. */
    SWAPPED_OFF,
    /** Làm bù: a Saturday or Sunday that is a working day, paying back a swapped day. */
    MAKEUP_WORKDAY
}
