package vn.lienthong.exchange.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import vn.lienthong.content.ContentInspector;
import vn.lienthong.content.ContentPolicy;
import vn.lienthong.content.Extraction;
import vn.lienthong.content.SecrecyStamp;
import vn.lienthong.content.SecrecyStampDetector;
import vn.lienthong.content.TrueType;

import java.time.Duration;
import java.util.Optional;

/**
 * Content inspection as the exchange uses it: one {@link ContentInspector} for the server, its parses on the
 * server's managed executor, and its limits from system properties (config/45-exchange.cli).
 */
@ApplicationScoped
public class ContentChecks {

    @Resource
    ManagedExecutorService executor;

    private ContentInspector inspector;
    private final SecrecyStampDetector stamps = new SecrecyStampDetector();

    @PostConstruct
    void start() {
        ContentPolicy defaults = ContentPolicy.defaults();
        ContentPolicy policy = defaults
                .withMaxCharacters(Integer.getInteger("lienthong.content.maxCharacters", defaults.maxCharacters()))
                .withTimeout(Duration.ofSeconds(Long.getLong("lienthong.content.timeoutSeconds", defaults.timeout().toSeconds())));
        inspector = new ContentInspector(policy, executor);
    }

    /** @throws vn.lienthong.content.RefusedContentException when the bytes are not an acceptable document */
    public TrueType typeOf(String fileName, byte[] content) {
        return inspector.typeOf(fileName, content);
    }

    /**
     * Bounded, timed extraction of bytes {@link #typeOf} has just typed (they are not typed twice); never throws for
     * what the file holds.
     */
    public Extraction extract(String fileName, byte[] content, TrueType type) {
        return inspector.extract(fileName, content, type);
    }

    /** A secrecy stamp near the top of the extracted text, if there is one. */
    public Optional<SecrecyStamp> stampIn(Extraction extraction) {
        return extraction.hasText() ? stamps.find(extraction.text()) : Optional.empty();
    }
}
