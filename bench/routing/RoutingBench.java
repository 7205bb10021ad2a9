import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routing benchmark against a running LienThong (the demo city): each document is drafted, gets its main file
 * (a PDF of the given size) when the server takes files, is issued a number and sent to three agencies; each
 * recipient's clerk accepts it as soon as it arrives. Prints documents per second end to end, and the latency from
 * send to "arrived" (01) per delivery, read from the server's own delivery history (p50/p95/p99).
 *
 * The draft and its main file go in one multipart call (UPLOAD=separate: two calls, draft then upload).
 * Every upload has its own bytes and its own text: the number of the document is written over the placeholder
 * MakePdf leaves in the first page's (uncompressed) text, so no cache keyed by the file's hash can flatter the figures.
 * With the server's process id in SERVER_PID, it also prints the server's CPU time per document (from /proc), which
 * does not depend on what else the machine runs; the harness's own CPU time is printed beside it.
 *
 * ROUNDS=n runs the timed part n times against the same server, each with its own documents and figures.
 *
 * Usage: java RoutingBench.java BASE_URL DOCUMENTS CONCURRENCY PDF_FILE [nofiles]
 */
public class RoutingBench {

    static final String PASSWORD = "LienThong@2026";
    static final String SENDER = "vanthu.sotttt";
    static final Map<String, String> RECIPIENTS = Map.of(
            "vanthu.quan1", "000.00.31.H29", "vanthu.quan3", "000.00.33.H29", "vanthu.stc", "000.00.13.H29");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    /** A JSON object with no object inside: an inbox item, or one step of a delivery's history. */
    static final Pattern FLAT_OBJECT = Pattern.compile("\\{[^{}]*\\}");
    static final Pattern SUBJECT = Pattern.compile("\"subject\"\\s*:\\s*\"([^\"]*)\"");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    static final Pattern AT = Pattern.compile("\"at\"\\s*:\\s*\"([^\"]+)\"");
    /**
     * What a recipient's clerk polls: the documents still waiting to be accepted (01). INBOX=all polls the whole
     * inbox instead, as the first version of this harness did (200 newest documents, handled or not, every time).
     */
    static final String INBOX = "all".equals(System.getenv("INBOX"))
            ? "/api/documents/incoming?max=200" : "/api/documents/incoming?status=01&max=200";
    static final AtomicInteger POLLS = new AtomicInteger();
    /**
     * UPLOAD=separate drafts and then uploads the main file in a second call, as the first versions of this harness
     * did; by default the draft and its file go in one multipart call.
     */
    static final boolean SEPARATE_UPLOAD = "separate".equals(System.getenv("UPLOAD"));
    static final byte[] MARK = "So ban: 0000000000".getBytes(StandardCharsets.US_ASCII);

    /** One signed-in person: a cookie session, as the UI has, so bcrypt runs once and not on every call. */
    static final class Session {
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        final String base;

        Session(String base, String user) throws IOException, InterruptedException {
            this.base = base;
            http.send(HttpRequest.newBuilder(URI.create(base + "/index.xhtml")).build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + PASSWORD))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (login.statusCode() != 302) {
                throw new IllegalStateException(user + " could not sign in: " + login.statusCode());
            }
        }

        HttpResponse<String> call(String method, String path, HttpRequest.BodyPublisher body, String contentType,
                                  String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("X-Requested-With", "bench").header("Accept", "application/json")
                    .method(method, body);
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        String ok(String method, String path, String json) throws IOException, InterruptedException {
            HttpResponse<String> r = call(method, path, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json), json == null ? null : "application/json");
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
            }
            return r.body();
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int documents = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        byte[] pdf = Files.readAllBytes(Path.of(args[3]));
        int mark = indexOf(pdf, MARK);
        if (mark < 0) {
            throw new IllegalStateException("the PDF has no placeholder to make each upload distinct: make it with MakePdf");
        }
        String run = UUID.randomUUID().toString().substring(0, 8);

        Session sender = new Session(base, SENDER);
        boolean files = !"nofiles".equals(args.length > 4 ? args[4] : "");
        System.out.printf("run %s: %d documents, %d senders in parallel, 3 recipients each, main file %s (%,d bytes)%n",
                run, documents, concurrency, !files ? "not uploaded"
                        : SEPARATE_UPLOAD ? "uploaded after the draft" : "sent with the draft", pdf.length);

        List<Session> senders = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            senders.add(new Session(base, SENDER));
        }
        Map<String, Session> clerks = new ConcurrentHashMap<>();
        for (String clerk : RECIPIENTS.keySet()) {
            clerks.put(clerk, new Session(base, clerk));
        }

        warmUp(senders.get(0), pdf, mark, files);

        int rounds = Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "1"));
        for (int round = 1; round <= rounds; round++) {
            // Later rounds run on a server whose JIT has compiled the routing path: its steady state.
            System.out.printf("round %d of %d%n", round, rounds);
            round(sender, senders, clerks, run + "-" + round, documents, concurrency, pdf, mark, files);
        }
    }

    static void round(Session sender, List<Session> senders, Map<String, Session> clerks, String run,
                      int documents, int concurrency, byte[] pdf, int mark, boolean files) throws Exception {
        POLLS.set(0);
        Set<Long> sent = ConcurrentHashMap.newKeySet();
        AtomicInteger accepted = new AtomicInteger();
        String prefix = "Bench " + run + " ";
        // Daemon threads: a failed round ends the run instead of leaving the clerks polling until their deadline.
        ExecutorService pool = Executors.newFixedThreadPool(concurrency + RECIPIENTS.size(), r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        long serverCpuStart = serverCpuMillis();
        long ownCpuStart = ownCpuMillis();
        long start = System.nanoTime();
        List<Future<?>> receivers = new ArrayList<>();
        for (Session clerk : clerks.values()) {
            receivers.add(pool.submit(() -> acceptAll(clerk, prefix, documents, accepted)));
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> sending = new ArrayList<>();
        for (Session s : senders) {
            sending.add(pool.submit(() -> {
                for (int n; (n = next.getAndIncrement()) < documents; ) {
                    sent.add(sendOne(s, prefix + n, distinct(pdf, mark, run, n), files));
                }
                return null;
            }));
        }
        for (Future<?> f : sending) {
            f.get();
        }
        long sentAt = System.nanoTime();
        for (Future<?> f : receivers) {
            f.get(10, TimeUnit.MINUTES);
        }
        long end = System.nanoTime();
        long serverCpu = serverCpuMillis() - serverCpuStart;
        long ownCpu = ownCpuMillis() - ownCpuStart;
        pool.shutdown();

        double seconds = (end - start) / 1e9;
        System.out.printf("sent %d documents in %.2f s; all %d deliveries accepted after %.2f s%n",
                documents, (sentAt - start) / 1e9, accepted.get(), seconds);
        System.out.printf("inbox polls: %d (%.1f per document; %s)%n", POLLS.get(), POLLS.get() / (double) documents, INBOX);
        System.out.printf("THROUGHPUT documents_per_second=%.1f (draft, %sissue, send to 3, deliver, 3 accepts)%n",
                documents / seconds, files ? "upload, " : "");
        if (serverCpuStart >= 0) {
            System.out.printf("CPU server_ms_per_document=%.1f (server %.1f s of CPU over %.1f s; harness %.1f s)%n",
                    serverCpu / (double) documents, serverCpu / 1e3, seconds, ownCpu / 1e3);
        }

        List<Long> latencies = new ArrayList<>();
        for (long id : sent) {
            // Each delivery's history starts with QUEUED; its ARRIVED step follows within the same delivery.
            Instant queued = null;
            Matcher step = FLAT_OBJECT.matcher(sender.ok("GET", "/api/documents/outgoing/" + id + "/deliveries", null));
            while (step.find()) {
                String status = first(STATUS, step.group());
                String at = first(AT, step.group());
                if (status == null || at == null) {
                    continue;
                }
                if (status.equals("QUEUED")) {
                    queued = Instant.parse(at);
                } else if (status.equals("ARRIVED") && queued != null) {
                    latencies.add(Duration.between(queued, Instant.parse(at)).toMillis());
                    queued = null;
                }
            }
        }
        Collections.sort(latencies);
        System.out.printf("LATENCY send->arrived (01) over %d deliveries: p50=%d ms p95=%d ms p99=%d ms max=%d ms%n",
                latencies.size(), pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                latencies.get(latencies.size() - 1));
    }

    static void warmUp(Session s, byte[] pdf, int mark, boolean files) throws Exception {
        for (int i = 0; i < 20; i++) {
            long id = draft(s, "Khởi động " + i, files, distinct(pdf, mark, "warm-up", i));
            s.ok("POST", "/api/documents/outgoing/" + id + "/issue", null);
        }
    }

    static long draft(Session s, String subject, boolean files, byte[] pdf) throws Exception {
        String recipients = String.join(",", RECIPIENTS.values().stream().map(c -> "\"" + c + "\"").toList());
        String body = """
                {"documentType":"REPORT","subject":"%s","notation":"STTTT-VP","signerPosition":"Giám đốc",
                 "signerName":"Dương Thu Trang","place":"TP. Hồ Chí Minh","priority":0,"secrecy":"THUONG",
                 "paperOnly":false,"recipients":[%s]}""".formatted(subject, recipients);
        if (files && !SEPARATE_UPLOAD) {
            return idIn(draftWithMainFile(s, body, pdf));
        }
        long id = idIn(s.ok("POST", "/api/documents/outgoing", body));
        if (files) {
            uploadMainFile(s, id, pdf);
        }
        return id;
    }

    static long idIn(String answer) {
        Matcher m = ID.matcher(answer);
        if (!m.find()) {
            throw new IllegalStateException("no id in the draft's answer");
        }
        return Long.parseLong(m.group(1));
    }

    /** One multipart call: the draft's JSON and its main file, drafted in one transaction. */
    static String draftWithMainFile(Session s, String json, byte[] pdf) throws Exception {
        String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"draft\"\r\n"
                + "Content-Type: application/json; charset=UTF-8\r\n\r\n" + json + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bao-cao.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + pdf.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(pdf, 0, body, head.length, pdf.length);
        System.arraycopy(tail, 0, body, head.length + pdf.length, tail.length);
        HttpResponse<String> r = s.call("POST", "/api/documents/outgoing", HttpRequest.BodyPublishers.ofByteArray(body),
                "multipart/form-data; boundary=" + boundary);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("draft with its file -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static void uploadMainFile(Session s, long id, byte[] pdf) throws Exception {
        HttpResponse<String> r = s.call("POST", "/api/documents/outgoing/" + id + "/files?role=MAIN",
                HttpRequest.BodyPublishers.ofByteArray(pdf), "application/octet-stream", "X-File-Name", "bao-cao.pdf");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("upload -> " + r.statusCode() + " " + r.body());
        }
    }

    static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static long sendOne(Session s, String subject, byte[] pdf, boolean files) throws Exception {
        long id = draft(s, subject, files, pdf);
        s.ok("POST", "/api/documents/outgoing/" + id + "/issue", null);
        s.ok("POST", "/api/documents/outgoing/" + id + "/send", null);
        return id;
    }

    /** A recipient clerk watching the inbox and accepting every benchmark document as it arrives. */
    static Void acceptAll(Session clerk, String prefix, int expected, AtomicInteger accepted) throws Exception {
        Set<Long> done = ConcurrentHashMap.newKeySet();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (done.size() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + done.size() + " of " + expected + " arrived");
            }
            Matcher item = FLAT_OBJECT.matcher(clerk.ok("GET", INBOX, null));
            POLLS.incrementAndGet();
            boolean any = false;
            while (item.find()) {
                String subject = first(SUBJECT, item.group());
                String id = first(ID, item.group());
                if (subject != null && id != null && subject.startsWith(prefix) && done.add(Long.parseLong(id))) {
                    clerk.ok("POST", "/api/documents/incoming/" + id + "/accept", null);
                    accepted.incrementAndGet();
                    any = true;
                }
            }
            if (!any) {
                Thread.sleep(20);
            }
        }
        return null;
    }

    /** The letter with this document's own number in its text (the placeholder has room for ten digits). */
    static byte[] distinct(byte[] pdf, int mark, String run, int n) {
        byte[] copy = pdf.clone();
        String digits = String.format("%010d", Math.abs((long) run.hashCode() * 100_000L + n) % 10_000_000_000L);
        byte[] own = digits.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(own, 0, copy, mark + MARK.length - own.length, own.length);
        return copy;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The server's user + system CPU time from /proc (clock ticks of 10 ms), or -1 without SERVER_PID. */
    static long serverCpuMillis() throws IOException {
        String pid = System.getenv("SERVER_PID");
        if (pid == null || pid.isBlank()) {
            return -1;
        }
        String stat = Files.readString(Path.of("/proc", pid.strip(), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    static long ownCpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
