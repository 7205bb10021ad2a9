package vn.lienthong.adoption;

import java.time.Instant;

/**
 * One mail-log import as the import history keeps it (nhật ký nhập), for the auditor's list of recent imports.
 *
 * @param channel API, UI or FOLDER
 * @param damage  what was damaged in its files, or {@code null}
 */
public record FiledImport(String source, String channel, String importedBy, Instant importedAt, long lineCount,
                          long newEvents, long duplicateEvents, String damage) {
}
