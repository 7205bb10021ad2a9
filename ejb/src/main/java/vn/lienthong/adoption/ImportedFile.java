package vn.lienthong.adoption;

/**
 * What importing one log did.
 *
 * @param lines           lines read, up to the damage if any
 * @param newEvents       events counted for the first time
 * @param duplicateEvents events already counted, from this file or an earlier or overlapping one
 * @param skippedLines    lines that are not mail events (warnings, connects, rejects, chatter), counted and left
 * @param unreadableLines lines without a syslog header: a sign of damage or of a file that is not a mail log
 * @param damage          why reading stopped before the end (a truncated gzip, a read error), or {@code null}
 */
public record ImportedFile(String source, long lines, long newEvents, long duplicateEvents, long skippedLines,
                           long unreadableLines, String damage) {

    public boolean damaged() {
        return damage != null;
    }
}
