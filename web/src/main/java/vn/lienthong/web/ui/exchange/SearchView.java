package vn.lienthong.web.ui.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.DeliveryStatus;
import vn.lienthong.exchange.DocumentHit;
import vn.lienthong.exchange.DocumentQuery;
import vn.lienthong.exchange.DocumentSearch;
import vn.lienthong.exchange.OutgoingStatus;
import vn.lienthong.platform.DomainException;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Tra cứu văn bản: number or notation, subject words (diacritics and case ignored), the other agency, a date range
 * and a status, over the agency's outgoing and incoming documents.
 */
@Named
@ViewScoped
public class SearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentSearch search;

    private String words;
    private String number;
    private String counterpart;
    private LocalDate from;
    private LocalDate to;
    private String status;
    private transient List<DocumentHit> hits;
    private boolean searched;

    public void search() {
        searched = true;
        try {
            hits = search.search(new DocumentQuery(words, number,
                    counterpart == null || counterpart.isBlank() ? null : AgencyCode.parse(counterpart), from, to, status));
        } catch (DomainException e) {
            hits = List.of();
            FacesMessages.error(e);
        }
    }

    public List<DocumentHit> getHits() {
        return hits == null ? List.of() : hits;
    }

    public boolean isSearched() {
        return searched;
    }

    /** The statuses a document can be in: the sender's, then the recipient's edXML ones. */
    public List<String> getStatuses() {
        List<String> statuses = new ArrayList<>();
        for (OutgoingStatus s : OutgoingStatus.values()) {
            statuses.add(s.name());
        }
        for (DeliveryStatus s : DeliveryStatus.values()) {
            statuses.add(s.name());
        }
        return statuses;
    }

    /** The page of the document a hit names. */
    public String link(DocumentHit hit) {
        return (hit.direction() == DocumentHit.Direction.OUTGOING ? "/clerk/outgoing-document.xhtml" : "/clerk/incoming-document.xhtml")
                + "?id=" + hit.id();
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCounterpart() {
        return counterpart;
    }

    public void setCounterpart(String counterpart) {
        this.counterpart = counterpart;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
