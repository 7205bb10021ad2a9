/**
 * The demo city: agencies, accounts and (as capabilities land) documents and mailboxes, loaded only when the
 * server runs with {@code -Dlienthong.demo=true}. All sample data lives here, nowhere else.
 */
package vn.lienthong.demo;
