/** The administrator's view of the audit trail and its verification. */
package vn.lienthong.web.ui.audit;
