package vn.lienthong.platform;

/**
 * The four roles of LienThong. Every user has exactly one, and belongs to one agency.
 * The string constants exist for {@code @RolesAllowed}, which needs compile-time constants.
 */
public enum Role {
    /** Văn thư: registers, signs, sends and receives documents for one agency. */
    CLERK,
    /** Lãnh đạo / quản lý: reads official email and the documents assigned to them. */
    LEADER,
    /** Cán bộ CNTT / kiểm tra: reads adoption statistics across agencies. */
    AUDITOR,
    /** Quản trị: manages agencies, accounts and the calendar. */
    ADMIN;

    public static final String CLERK_NAME = "CLERK";
    public static final String LEADER_NAME = "LEADER";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String ADMIN_NAME = "ADMIN";
}
