package vn.lienthong.directory;

/** How documents reach an agency. */
public enum ExchangeReach {
    /** The agency works inside LienThong: deliveries land in its inbox directly. */
    LIENTHONG,
    /** The agency is outside the city system: documents leave as edXML for the national platform (VDXP). */
    NATIONAL_PLATFORM
}
