/**
 * Bouncy Castle and PDFBox plumbing behind the signing capability: CMS building and checking, certificate paths,
 * PDF signature dictionaries. Nothing here is used outside {@code vn.lienthong.signing}.
 */
package vn.lienthong.signing.internal;
