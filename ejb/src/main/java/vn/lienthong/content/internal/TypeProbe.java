package vn.lienthong.content.internal;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.lienthong.content.ContentPolicy;
import vn.lienthong.content.FileKind;
import vn.lienthong.content.Refusal;
import vn.lienthong.content.RefusedContentException;
import vn.lienthong.content.TrueType;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Types a file by its bytes and applies the refusal rules, looking inside ZIP containers (plain archives, OOXML, ODF)
 * for macros, encryption, nesting, bombs and over-deep XML before any parser sees them.
 */
public final class TypeProbe {

    private static final Set<String> EXECUTABLE_TYPES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-object",
            "application/x-coredump", "application/x-msdos-program", "application/x-ms-installer",
            "application/vnd.microsoft.portable-executable", "application/java-archive", "application/java-vm");
    private static final Set<String> SCRIPT_TYPES = Set.of("application/x-sh", "application/x-csh", "text/x-sh",
            "application/javascript", "text/javascript", "application/ecmascript", "text/x-vbscript", "text/vbscript",
            "application/x-bat", "text/x-bat", "application/x-powershell", "text/x-powershell", "text/x-python",
            "text/x-perl", "application/x-httpd-php", "text/x-php", "application/hta");
    // A name can condemn a file but never acquit it: these extensions are refused whatever the bytes say.
    private static final Set<String> EXECUTABLE_EXTENSIONS = Set.of("exe", "dll", "com", "scr", "msi", "so", "dylib", "jar", "elf");
    private static final Set<String> SCRIPT_EXTENSIONS = Set.of("sh", "bash", "js", "mjs", "jse", "vbs", "vbe", "bat", "cmd",
            "ps1", "psm1", "wsf", "hta", "py", "pl", "php");
    private static final Set<String> MACRO_EXTENSIONS = Set.of("docm", "dotm", "xlsm", "xltm", "xlam", "pptm");

    private final ContentPolicy policy;

    public TypeProbe(ContentPolicy policy) {
        this.policy = policy;
    }

    public TrueType probe(String fileName, byte[] content) {
        return probe(fileName, content, 1, new ArchiveLimits(policy, fileName));
    }

    private TrueType probe(String fileName, byte[] content, int depth, ArchiveLimits limits) {
        String detected = Tika.detect(content);
        String extension = FileKind.extensionOf(fileName);
        Refusal condemned = condemnation(detected, extension, content);
        if (condemned != null) {
            throw new RefusedContentException(condemned, detected, fileName);
        }
        FileKind kind = FileKind.ofMediaType(detected)
                .filter(policy.allowed()::contains)
                .orElseThrow(() -> new RefusedContentException(Refusal.NOT_ALLOWED, detected, fileName));
        FileKind.ofFileName(fileName).filter(claimed -> claimed != kind).ifPresent(claimed -> {
            throw new RefusedContentException(Refusal.EXTENSION_MISMATCH, detected, fileName);
        });
        if (kind.isZipContainer()) {
            walk(fileName, content, kind == FileKind.ZIP, depth, limits);
        } else if (kind == FileKind.DOC || kind == FileKind.XLS) {
            refuseOleMacros(fileName, content, detected);
        }
        return new TrueType(detected, kind);
    }

    private static Refusal condemnation(String detected, String extension, byte[] content) {
        if (EXECUTABLE_TYPES.contains(detected) || detected.startsWith("application/x-mach-o")
                || EXECUTABLE_EXTENSIONS.contains(extension)) {
            return Refusal.EXECUTABLE;
        }
        if (SCRIPT_TYPES.contains(detected) || SCRIPT_EXTENSIONS.contains(extension)
                || detected.startsWith("text/") && looksLikeScript(content)) {
            return Refusal.SCRIPT;
        }
        if (detected.contains("macroenabled") || MACRO_EXTENSIONS.contains(extension)) {
            return Refusal.MACRO;
        }
        if (detected.contains("encrypted") || detected.endsWith("-protected")) {
            return Refusal.ENCRYPTED;
        }
        return null;
    }

    // Scripts without a magic number still announce themselves in their first line.
    private static boolean looksLikeScript(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 256), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("#!") || head.startsWith("@echo off") || head.startsWith("<script");
    }

    private void walk(String fileName, byte[] zip, boolean plainArchive, int depth, ArchiveLimits limits) {
        limits.checkDepth(depth);
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextZipEntry()) != null) {
                limits.countEntry();
                if (entry.getGeneralPurposeBit().usesEncryption()) {
                    throw new RefusedContentException(Refusal.ENCRYPTED, "application/zip (encrypted entry)", fileName);
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin")) {
                    throw new RefusedContentException(Refusal.MACRO, "vbaProject.bin", fileName);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                InputStream data = limits.metered(in);
                if (plainArchive) {
                    probe(entry.getName(), data.readAllBytes(), depth + 1, limits);
                } else if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    checkXmlDepth(fileName, data, limits);
                } else {
                    data.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException e) {
            throw new RefusedContentException(Refusal.MALFORMED, "application/zip", fileName);
        }
    }

    private void checkXmlDepth(String fileName, InputStream xml, ArchiveLimits limits) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(xml);
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && ++depth > policy.maxXmlDepth()) {
                    throw limits.overLimit(RefusedContentException.SafetyLimit.XML_DEPTH, policy.maxXmlDepth());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new RefusedContentException(Refusal.MALFORMED, "XML part", fileName);
        }
    }

    // Word keeps its VBA in a "Macros" storage, Excel in "_VBA_PROJECT_CUR".
    private static void refuseOleMacros(String fileName, byte[] content, String detected) {
        boolean macros;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            macros = fs.getRoot().hasEntry("Macros") || fs.getRoot().hasEntry("_VBA_PROJECT_CUR");
        } catch (IOException | RuntimeException e) {
            throw new RefusedContentException(Refusal.MALFORMED, detected, fileName);
        }
        if (macros) {
            throw new RefusedContentException(Refusal.MACRO, detected, fileName);
        }
    }
}
