package vn.lienthong.adoption.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BytesTest {

    @Test
    void findsANeedleWhereverAPlainSearchDoes() {
        // A small alphabet makes near misses (first and last byte right, middle wrong) common, at every alignment.
        SplittableRandom random = new SplittableRandom(7);
        byte[] alphabet = "st=".getBytes(StandardCharsets.US_ASCII);
        for (int round = 0; round < 20000; round++) {
            byte[] text = randomText(random, alphabet, 80);
            byte[] needle = randomText(random, alphabet, 6);
            int from = random.nextInt(text.length);
            int to = random.nextInt(from, text.length + 1);
            assertEquals(plainIndexOf(text, from, to, needle), Bytes.indexOf(text, from, to, needle),
                    () -> new String(text, StandardCharsets.US_ASCII) + " / " + new String(needle));
        }
    }

    @Test
    void findsTheFirstNewlineWhereverAPlainSearchDoes() {
        // Newlines one in twenty bytes or so, at every alignment of a sixteen-byte step, and ranges of every length.
        SplittableRandom random = new SplittableRandom(13);
        byte[] alphabet = "abcdefghijklmnopqrs\n".getBytes(StandardCharsets.US_ASCII);
        for (int round = 0; round < 20000; round++) {
            byte[] text = randomText(random, alphabet, 100);
            int from = random.nextInt(text.length);
            int to = random.nextInt(from, text.length + 1);
            int expected = -1;
            for (int i = from; i < to && expected < 0; i++) {
                expected = text[i] == '\n' ? i : -1;
            }
            assertEquals(expected, Bytes.nextNewline(text, from, to), () -> new String(text, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aPrefixMatchesWhereAPlainComparisonDoesUpToTheEndOfTheArray() {
        // Prefixes of 1 to 20 bytes, ranges ending anywhere (the masked words read past a range's end, never the
        // array's), and a small alphabet so that most tests fail late.
        SplittableRandom random = new SplittableRandom(17);
        byte[] alphabet = "ab".getBytes(StandardCharsets.US_ASCII);
        for (int round = 0; round < 50000; round++) {
            byte[] text = randomText(random, alphabet, 40);
            byte[] bytes = randomText(random, alphabet, 21);
            Bytes.Prefix prefix = Bytes.prefix(new String(bytes, StandardCharsets.US_ASCII));
            int at = random.nextInt(text.length);
            int end = random.nextInt(at, text.length + 1);
            boolean expected = end - at >= bytes.length;
            for (int i = 0; expected && i < bytes.length; i++) {
                expected = text[at + i] == bytes[i];
            }
            assertEquals(expected, Bytes.startsWith(text, at, end, prefix),
                    () -> new String(text, StandardCharsets.US_ASCII) + " / " + new String(bytes));
        }
    }

    @Test
    void aTokenEndsAtTheFirstOfEitherStopByteOrAtTheEndOfTheRange() {
        SplittableRandom random = new SplittableRandom(11);
        byte[] alphabet = "xxxxxxxxxab: ".getBytes(StandardCharsets.US_ASCII); // stop bytes one in six or so
        for (int round = 0; round < 20000; round++) {
            byte[] text = randomText(random, alphabet, 40);
            int from = random.nextInt(text.length);
            int to = random.nextInt(from, text.length + 1);
            int expected = from;
            while (expected < to && text[expected] != ':' && text[expected] != ' ') {
                expected++;
            }
            assertEquals(expected, Bytes.tokenEnd(text, from, to, (byte) ':', (byte) ' '),
                    () -> new String(text, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aPrefixMatchesOnlyWhenEveryByteDoes() {
        byte[] line = "dovecot: imap-login: Login: user=<a>".getBytes(StandardCharsets.US_ASCII);

        assertTrue(Bytes.startsWith(line, 9, line.length, "imap-login: ".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(Bytes.startsWith(line, 9, line.length, "imap-login; ".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(Bytes.startsWith(line, 9, line.length, "imap-logix: ".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(Bytes.startsWith(line, 9, 20, "imap-login: ".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aNeedleIsNotFoundPastTheEndOfTheRange() {
        byte[] text = "xx status=sent (250 ok)".getBytes(StandardCharsets.US_ASCII);

        assertEquals(3, Bytes.indexOf(text, 0, text.length, "status=sent".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(-1, Bytes.indexOf(text, 0, 13, "status=sent".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(-1, Bytes.indexOf(text, 4, text.length, "status=sent".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void foldsExactlyTheAsciiCapitalsEightAtATime() {
        for (int start = 0; start < 256; start += 8) {
            byte[] eight = new byte[8];
            for (int i = 0; i < 8; i++) {
                eight[i] = (byte) (start + i);
            }
            long folded = Bytes.lowerAscii(Bytes.longAt(eight, 0));
            for (int i = 0; i < 8; i++) {
                byte c = eight[i];
                byte expected = c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
                assertEquals(expected, (byte) (folded >>> (8 * i)), "byte " + (c & 0xFF));
            }
        }
    }

    private static byte[] randomText(SplittableRandom random, byte[] alphabet, int longest) {
        byte[] text = new byte[random.nextInt(1, longest)];
        for (int i = 0; i < text.length; i++) {
            text[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return text;
    }

    private static int plainIndexOf(byte[] b, int from, int to, byte[] needle) {
        outer:
        for (int i = from; i + needle.length <= to; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
