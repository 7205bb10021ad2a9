package vn.lienthong.web.ui.adoption;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.adoption.AdoptionSettings;
import vn.lienthong.adoption.CalendarDayKind;
import vn.lienthong.adoption.CalendarEntry;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Lịch làm việc: the administrator reads a year's holidays and swapped days and corrects one date at a time. */
@Named
@ViewScoped
public class CalendarAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdoptionSettings settings;

    @Inject
    Clock clock;

    private Integer year;
    private transient List<CalendarEntry> entries;
    private LocalDate day;
    private CalendarDayKind kind;
    private String name;

    public List<CalendarEntry> getEntries() {
        if (entries == null) {
            entries = settings.exceptions(getYear());
        }
        return entries;
    }

    public void correct() {
        if (day == null) {
            return;
        }
        if (FacesMessages.perform(() -> settings.correctDay(day, kind, name), "calendar.corrected",
                day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))) {
            year = day.getYear();
            entries = null;
        }
    }

    /** Prefills the form from a row, to change or clear it. */
    public void edit(CalendarEntry entry) {
        day = entry.date();
        kind = entry.kind();
        name = entry.name();
    }

    public void showYear() {
        entries = null;
    }

    public CalendarDayKind[] getKinds() {
        return CalendarDayKind.values();
    }

    public List<Integer> getYears() {
        var stored = settings.calendar();
        return stored.first() == null ? List.of() : java.util.stream.IntStream.rangeClosed(stored.first().getYear(),
                stored.last().getYear()).boxed().toList();
    }

    public Integer getYear() {
        if (year == null) {
            List<Integer> years = getYears();
            int now = LocalDate.now(clock).getYear();
            year = years.isEmpty() || years.contains(now) ? now : years.get(years.size() - 1);
        }
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public void setKind(CalendarDayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
