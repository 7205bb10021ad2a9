/** The REST API under {@code /lienthong/api}: one subpackage per capability, records in and out, never entities. */
package vn.lienthong.web.api;
