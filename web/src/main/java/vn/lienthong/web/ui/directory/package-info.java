/** Pages of the directory: agencies, the people of an agency, and the administrator's account management. */
package vn.lienthong.web.ui.directory;
