package vn.lienthong.exchange.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.lienthong.exchange.RegisterCounter;
import vn.lienthong.exchange.RegisterKey;

import java.io.Serializable;
import java.util.Objects;

/** The stored form of a {@link RegisterCounter}: one row per register key, locked while a number is issued. */
@Entity
@Table(name = "register_counter")
public class RegisterCounterRow {

    /** The row's key: the columns of a {@link RegisterKey}. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "agency_code", length = 13)
        private String agencyCode;

        @Column(name = "register_kind", length = 16)
        private String registerKind;

        @Column(name = "series", length = 16)
        private String series;

        @Column(name = "register_year")
        private int year;

        protected Key() {
        }

        Key(RegisterKey key) {
            this.agencyCode = key.agency().value();
            this.registerKind = key.kind().name();
            this.series = key.series().name();
            this.year = key.year();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && year == k.year && agencyCode.equals(k.agencyCode)
                    && registerKind.equals(k.registerKind) && series.equals(k.series);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyCode, registerKind, series, year);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected RegisterCounterRow() {
    }

    RegisterCounterRow(RegisterKey key) {
        this.key = new Key(key);
        this.lastNumber = 0;
    }

    /** Applies the numbering rule of {@link RegisterCounter#next()} and returns the number issued. */
    int advance(RegisterKey registerKey) {
        lastNumber = new RegisterCounter(registerKey, lastNumber).next().last();
        return lastNumber;
    }
}
