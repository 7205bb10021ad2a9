/** Chữ ký số pages: a clerk checks a file and its signature, or signs a file in the agency's name. */
package vn.lienthong.web.ui.signing;
