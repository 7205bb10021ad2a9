/** Machinery behind the exchange: register counters and their locking. */
package vn.lienthong.exchange.internal;
