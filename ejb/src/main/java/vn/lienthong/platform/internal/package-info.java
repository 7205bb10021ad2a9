/** Machinery behind the platform: schema migration at start-up. */
package vn.lienthong.platform.internal;
