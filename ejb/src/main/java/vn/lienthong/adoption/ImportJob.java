package vn.lienthong.adoption;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A log import running in the background for a page that polls it: how far it has read, and its report or failure.
 * Written by the import's thread, read by the page's requests.
 */
public final class ImportJob {

    public enum State { RUNNING, DONE, FAILED }

    private final String id;
    private final String owner;
    private final String source;
    private final long totalBytes;
    private final Instant started;
    private final AtomicLong bytesRead = new AtomicLong();
    private volatile State state = State.RUNNING;
    private volatile LogImportReport report;
    private volatile String failureKey;
    private volatile Object[] failureArguments = new Object[0];

    ImportJob(String id, String owner, String source, long totalBytes, Instant started) {
        this.id = id;
        this.owner = owner;
        this.source = source;
        this.totalBytes = totalBytes;
        this.started = started;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String source() {
        return source;
    }

    public Instant started() {
        return started;
    }

    public State state() {
        return state;
    }

    /** 0–100; 100 only once the report is filed, so a bar never rests at 100 while work remains. */
    public int percent() {
        if (state != State.RUNNING) {
            return 100;
        }
        return totalBytes <= 0 ? 0 : (int) Math.min(99, bytesRead.get() * 100 / totalBytes);
    }

    public LogImportReport report() {
        return report;
    }

    public String failureKey() {
        return failureKey;
    }

    public Object[] failureArguments() {
        return failureArguments.clone();
    }

    void progress(long read) {
        bytesRead.set(read);
    }

    void finish(LogImportReport report) {
        this.report = report;
        this.state = State.DONE;
    }

    void fail(String key, Object... arguments) {
        this.failureKey = key;
        this.failureArguments = arguments.clone();
        this.state = State.FAILED;
    }
}
