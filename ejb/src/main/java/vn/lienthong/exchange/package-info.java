/**
 * Trao đổi văn bản: outgoing and incoming documents, their numbers and registers, the carve-outs that keep classified
 * and paper-only documents off the wire, and each recipient's delivery status (edXML codes 01–16).
 */
package vn.lienthong.exchange;
