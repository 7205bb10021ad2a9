/**
 * Pages of the adoption audit: the auditors' dashboard and log import, the administrators' officials directory and
 * working calendar.
 */
package vn.lienthong.web.ui.adoption;
