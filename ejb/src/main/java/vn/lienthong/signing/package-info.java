/**
 * Chữ ký số: agencies sign what they issue (detached CMS/CAdES, PAdES for PDFs) and check what they receive,
 * with a verdict in the spirit of ETSI EN 319 102-1. Bouncy Castle and PDFBox stay in {@code internal}.
 */
package vn.lienthong.signing;
