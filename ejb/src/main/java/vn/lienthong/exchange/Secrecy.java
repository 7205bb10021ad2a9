package vn.lienthong.exchange;

/** Độ mật, as the state-secrets law grades it. Anything above {@link #THUONG} never travels electronically. */
public enum Secrecy {
    THUONG("Thường"),
    MAT("Mật"),
    TOI_MAT("Tối mật"),
    TUYET_MAT("Tuyệt mật");

    private final String label;

    Secrecy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isClassified() {
        return this != THUONG;
    }
}
