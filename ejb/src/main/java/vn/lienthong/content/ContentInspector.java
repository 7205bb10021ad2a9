package vn.lienthong.content;

import vn.lienthong.content.internal.BoundedParse;
import vn.lienthong.content.internal.Tika;
import vn.lienthong.content.internal.TypeProbe;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Types files by their bytes and extracts their text within a {@link ContentPolicy}. Thread-safe; build one per
 * policy. Parses run on the given executor (in the server, a ManagedExecutorService) so that a parse that outlives
 * its timeout can be abandoned and interrupted without holding the caller.
 */
public class ContentInspector {

    private static final Logger LOG = Logger.getLogger(ContentInspector.class.getName());

    private final ContentPolicy policy;
    private final ExecutorService executor;
    private final TypeProbe probe;
    private final BoundedParse parse;

    /** @throws IllegalStateException when Tika's ServiceLoader skipped a parser an allowed kind needs */
    public ContentInspector(ContentPolicy policy, ExecutorService executor) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.executor = Objects.requireNonNull(executor, "executor");
        List<String> missing = Tika.unparsable(policy.allowed().stream().flatMap(k -> k.mediaTypes().stream()).toList());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Tika has no parser for " + missing + ": a parser module failed to load");
        }
        this.probe = new TypeProbe(policy);
        this.parse = new BoundedParse(policy);
    }

    public ContentPolicy policy() {
        return policy;
    }

    /**
     * The true type of {@code content}, from its bytes only. The file name serves only to refuse a contradiction or a
     * dangerous extension; a declared content type is not even asked for.
     *
     * @throws RefusedContentException when the file is not acceptable, with the reason and the detected type
     */
    public TrueType typeOf(String fileName, byte[] content) {
        return probe.probe(fileName, Objects.requireNonNull(content, "content"));
    }

    /** Types then extracts the text of {@code content}. Never throws for what the file holds. */
    public Extraction extract(String fileName, byte[] content) {
        Objects.requireNonNull(content, "content");
        return bounded(fileName, () -> typeAndParse(fileName, content));
    }

    /**
     * Extracts the text of {@code content} that {@link #typeOf} has just typed as {@code type}, without typing it a
     * second time (the archive walk and the refusal rules have run). Never throws for what the file holds.
     */
    public Extraction extract(String fileName, byte[] content, TrueType type) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(type, "type");
        return bounded(fileName, () -> parse.parse(type, content));
    }

    private Extraction bounded(String fileName, Callable<Extraction> work) {
        Future<Extraction> task;
        try {
            task = executor.submit(work);
        } catch (RejectedExecutionException e) {
            return new Extraction(Outcome.TIMED_OUT, Optional.empty(), "", Optional.empty(), "executor refused the parse");
        }
        try {
            return task.get(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // A parser stuck in a loop may ignore the interrupt; only a separate process could stop it for sure.
            task.cancel(true);
            LOG.log(Level.WARNING, "Abandoned the parse of {0} after {1}", new Object[]{fileName, policy.timeout()});
            return new Extraction(Outcome.TIMED_OUT, Optional.empty(), "", Optional.empty(), "over " + policy.timeout());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return new Extraction(Outcome.TIMED_OUT, Optional.empty(), "", Optional.empty(), "interrupted");
        } catch (ExecutionException e) {
            return new Extraction(Outcome.MALFORMED, Optional.empty(), "", Optional.empty(), String.valueOf(e.getCause()));
        }
    }

    private Extraction typeAndParse(String fileName, byte[] content) {
        TrueType type;
        try {
            type = probe.probe(fileName, content);
        } catch (RefusedContentException e) {
            return Extraction.refused(e);
        }
        return parse.parse(type, content);
    }
}
