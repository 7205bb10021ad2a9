/**
 * Apache Tika plumbing behind {@link vn.lienthong.content.ContentInspector}: detection, archive walking with limits,
 * and the bounded parse. Nothing here is used outside the content capability.
 */
package vn.lienthong.content.internal;
