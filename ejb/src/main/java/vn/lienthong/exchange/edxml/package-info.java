/**
 * edXML (QCVN 102:2016), the package format of the national document-exchange platform: the package and status
 * message as records, a hardened {@link vn.lienthong.exchange.edxml.EdxmlReader} and an
 * {@link vn.lienthong.exchange.edxml.EdxmlWriter} with a hook for the XMLDSig signature.
 */
package vn.lienthong.exchange.edxml;
