package vn.lienthong.web.ui.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.exchange.DocumentRegisters;
import vn.lienthong.exchange.RegisterSeries;
import vn.lienthong.exchange.RegisterSheet;
import vn.lienthong.platform.DomainException;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.Serializable;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;

/** Sổ đăng ký: the agency's outgoing, classified outgoing or incoming register for a year, and its PDF/XLSX files. */
@Named
@ViewScoped
public class RegistersView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which register is shown. */
    public enum Book { OUTGOING, OUTGOING_SECRET, INCOMING }

    @Inject
    DocumentRegisters registers;

    @Inject
    Clock clock;

    private Integer year;
    private Book book = Book.OUTGOING;
    private transient RegisterSheet sheet;

    public RegisterSheet getSheet() {
        if (sheet == null) {
            try {
                sheet = switch (book) {
                    case INCOMING -> registers.incoming(null, getYear());
                    case OUTGOING_SECRET -> registers.outgoing(null, getYear(), RegisterSeries.SECRET);
                    case OUTGOING -> registers.outgoing(null, getYear(), RegisterSeries.NORMAL);
                };
            } catch (DomainException e) {
                FacesMessages.error(e);
            }
        }
        return sheet;
    }

    public void show() {
        sheet = null;
    }

    /** The export's address in the API, which the signed-in session may read. */
    public String exportPath(String format) {
        String path = book == Book.INCOMING ? "/api/registers/incoming" : "/api/registers/outgoing";
        return path + "?year=" + getYear() + "&format=" + format
                + (book == Book.OUTGOING_SECRET ? "&series=SECRET" : "");
    }

    /** This year and the nine before it. */
    public List<Integer> getYears() {
        int now = Year.now(clock).getValue();
        return IntStream.rangeClosed(0, 9).mapToObj(i -> now - i).toList();
    }

    public Book[] getBooks() {
        return Book.values();
    }

    public int getYear() {
        return year == null ? Year.now(clock).getValue() : year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Book getBook() {
        return book;
    }

    public void setBook(Book book) {
        this.book = book == null ? Book.OUTGOING : book;
    }
}
