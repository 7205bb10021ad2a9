/**
 * Kiểm tra nội dung: every file is typed by its bytes against an allow-list, its text is extracted within limits,
 * and a document marked ordinary whose text carries a secrecy stamp (MẬT, TỐI MẬT, TUYỆT MẬT) is caught.
 */
package vn.lienthong.content;
