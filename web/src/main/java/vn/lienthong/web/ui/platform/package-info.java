/** The UI shell: who is signed in, their menu, the language and date format. */
package vn.lienthong.web.ui.platform;
