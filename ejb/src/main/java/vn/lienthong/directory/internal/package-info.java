/** The directory's machinery: reading and writing the agency directory file (CSV). */
package vn.lienthong.directory.internal;
