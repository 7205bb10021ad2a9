/** Machinery behind the audit trail: the hash layout and the single chainer that orders entries into the chain. */
package vn.lienthong.audit.internal;
