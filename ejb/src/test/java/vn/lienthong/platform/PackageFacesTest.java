package vn.lienthong.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A capability's public face must not hand out its machinery: no public method, constructor or field of a class at a
 * capability's root names a type from an {@code internal} package, or other capabilities and the web module would
 * come to depend on it; nor does one capability import another's internal classes (STYLE.md, "Modules and packages").
 */
class PackageFacesTest {

    private static final Path CLASSES = Path.of("target", "classes", "vn", "lienthong");

    @Test
    void noPublicSignatureAtACapabilitysRootNamesAnInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<Class<?>> faces = faceClasses();
        for (Class<?> type : faces) {
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                    check(leaks, type, m.getName(), m.getGenericReturnType());
                    for (Type p : m.getGenericParameterTypes()) {
                        check(leaks, type, m.getName(), p);
                    }
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers())) {
                    for (Type p : c.getGenericParameterTypes()) {
                        check(leaks, type, "<init>", p);
                    }
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers())) {
                    check(leaks, type, f.getName(), f.getGenericType());
                }
            }
        }
        assertTrue(faces.size() > 100, "the capabilities' classes were found: " + faces.size());
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    @Test
    void noCapabilityImportsAnothersInternalClasses() throws IOException {
        Pattern internal = Pattern.compile("\\bvn\\.lienthong\\.([a-z]+)\\.internal\\.");
        Path root = Path.of("src", "main", "java", "vn", "lienthong");
        List<String> uses = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String capability = root.relativize(source).getName(0).toString();
                List<String> lines = Files.readAllLines(source);
                read++;
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = internal.matcher(lines.get(i));
                    while (m.find()) {
                        if (!m.group(1).equals(capability)) {
                            uses.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertTrue(read > 100, "the sources were found: " + read);
        assertTrue(uses.isEmpty(), String.join("\n", uses));
    }

    private static void check(List<String> leaks, Class<?> type, String member, Type used) {
        String name = used.getTypeName();
        if (name.matches(".*\\bvn\\.lienthong\\.[a-z]+\\.internal\\..*")) {
            leaks.add(type.getName() + "." + member + " names " + name);
        }
    }

    /** Every class directly in a capability's package (not in its internal or other subpackages). */
    private static List<Class<?>> faceClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> capabilities = Files.list(CLASSES)) {
            for (Path capability : capabilities.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(capability)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String simple = file.getFileName().toString().replace(".class", "");
                        if (!simple.equals("package-info")) {
                            classes.add(Class.forName("vn.lienthong." + capability.getFileName() + "." + simple,
                                    false, PackageFacesTest.class.getClassLoader()));
                        }
                    }
                }
            }
        }
        return classes;
    }
}
