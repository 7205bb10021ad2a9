package vn.lienthong.exchange.edxml;

/** The clerk who acted; each part may be null. */
public record StaffInfo(String department, String staff, String mobile, String email) {
}
