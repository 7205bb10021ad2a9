/**
 * Danh bạ: the agencies (cơ quan) with their identifier codes, and the people who work in them with their role.
 * Also answers "who is calling, and which agency do they act for", which every other capability asks.
 */
package vn.lienthong.directory;
