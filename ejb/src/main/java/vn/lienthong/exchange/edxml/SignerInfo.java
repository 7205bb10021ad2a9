package vn.lienthong.exchange.edxml;

/** Who signed: competence ({@code TL.}, {@code KT.} …), position and full name; each may be null. */
public record SignerInfo(String competence, String position, String fullName) {
}
