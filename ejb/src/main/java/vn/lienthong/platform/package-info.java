/**
 * Cross-cutting pieces every capability uses: roles, domain exceptions and their messages, the clock, system health.
 * Kept small on purpose; anything with domain meaning belongs to a capability package.
 */
package vn.lienthong.platform;
