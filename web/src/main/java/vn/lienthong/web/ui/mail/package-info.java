/** Hộp thư công vụ: the leader's webmail pages, the body frame and parts servlet, and the mail pages' CSP. */
package vn.lienthong.web.ui.mail;
