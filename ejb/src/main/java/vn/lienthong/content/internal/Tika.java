package vn.lienthong.content.internal;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The one Tika configuration of the deployment, loaded once: loading scans the class path with ServiceLoader. */
public final class Tika {

    private static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();

    private Tika() {
    }

    public static TikaConfig config() {
        return CONFIG;
    }

    /** The media type of the bytes alone: no name and no declared type is given to the detector. */
    public static String detect(byte[] content) {
        Detector detector = CONFIG.getDetector();
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    /**
     * Which of the given media types no loaded parser handles. Tika's ServiceLoader silently skips parsers that fail
     * to load, which would look like documents without text; this makes that failure visible.
     */
    public static List<String> unparsable(Collection<String> mediaTypes) {
        Parser parser = CONFIG.getParser();
        Set<MediaType> supported = parser.getSupportedTypes(new ParseContext());
        return mediaTypes.stream().filter(t -> !supported.contains(MediaType.parse(t))).sorted().toList();
    }
}
