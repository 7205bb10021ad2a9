package vn.lienthong.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;
import java.util.Optional;

/** One field of a paper dispatch as it read before and after a correction; an absent value is null. */
@Embeddable
public class DispatchChange {

    @Enumerated(EnumType.STRING)
    @Column(name = "changed_field", nullable = false, length = 16)
    private DispatchField field;

    @Column(name = "before_value", length = 60000)
    private String before;

    @Column(name = "after_value", length = 60000)
    private String after;

    protected DispatchChange() {
    }

    DispatchChange(DispatchField field, String before, String after) {
        this.field = Objects.requireNonNull(field, "field");
        this.before = before;
        this.after = after;
    }

    public DispatchField field() {
        return field;
    }

    public Optional<String> before() {
        return Optional.ofNullable(before);
    }

    public Optional<String> after() {
        return Optional.ofNullable(after);
    }

    @Override
    public String toString() {
        return field + ": " + before + " → " + after;
    }
}
