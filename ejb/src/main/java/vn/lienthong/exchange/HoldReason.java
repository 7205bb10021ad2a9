package vn.lienthong.exchange;

/**
 * Why a document marked ordinary is held: a secrecy stamp found in the text of one of its files.
 *
 * @param fileId   the file whose text carries the stamp (null before the file is stored)
 * @param fileName its name
 * @param grade    the grade the stamp gives
 * @param matched  the stamp as written
 * @param line     its line in the extracted text, from 1
 * @param offset   its character offset in the extracted text
 */
public record HoldReason(Long fileId, String fileName, Secrecy grade, String matched, int line, int offset) {
}
