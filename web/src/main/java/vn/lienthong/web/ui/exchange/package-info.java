/** The clerk's pages for documents: compose, sent documents with each recipient's status, and the inbox. */
package vn.lienthong.web.ui.exchange;
