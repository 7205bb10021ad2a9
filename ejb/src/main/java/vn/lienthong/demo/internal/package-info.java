/**
 * The demo mail server's machinery: GreenMail as the demo embeds it, with a folder index that keeps its IMAP
 * answers from growing with the square of a folder's size, and without Nagle's delay on its replies.
 */
package vn.lienthong.demo.internal;
