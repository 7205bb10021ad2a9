/** Faces backing beans, one subpackage per capability; the pages sit under webapp/&lt;capability&gt;/. */
package vn.lienthong.web.ui;
