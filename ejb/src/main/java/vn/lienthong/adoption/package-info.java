/**
 * Mức độ sử dụng thư điện tử công vụ: how regularly leaders use official email. Usage events from the mail servers'
 * logs and the webmail view, the working calendar they are measured against, and the regular-use policy auditors set.
 */
package vn.lienthong.adoption;
