package vn.lienthong.exchange;

/** A numbering series within an agency's register: classified documents get their own (Decree 30/2020). */
public enum RegisterSeries {
    NORMAL,
    SECRET;

    public static RegisterSeries of(Secrecy secrecy) {
        return secrecy.isClassified() ? SECRET : NORMAL;
    }
}
