package vn.lienthong.directory;

/** Whether a person counts towards the official-email target, which covers leaders and managers. */
public enum Leadership {
    /** Lãnh đạo: head or deputy head of an agency. */
    LEADER,
    /** Quản lý: head or deputy head of a unit within an agency. */
    MANAGER,
    /** Neither: clerks, auditors, administrators, staff. */
    NONE;

    public boolean countsForEmailTarget() {
        return this != NONE;
    }
}
