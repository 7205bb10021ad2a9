package vn.lienthong.it;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the API, as a machine or a signed-in browser session would call it. */
final class Api {

    /** One answer: status, content type and body. */
    record Answer(int status, String contentType, String body) {

        <T extends JsonStructure> T json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                @SuppressWarnings("unchecked")
                T read = (T) reader.read();
                return read;
            }
        }
    }

    private final HttpClient http;
    private final String authorization;
    private String acceptLanguage;

    private Api(String authorization, HttpClient http) {
        this.authorization = authorization;
        this.http = http;
    }

    static Api as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("Basic " + token, newClient());
    }

    static Api anonymous() {
        return new Api(null, newClient());
    }

    /** Signs in through the login form, so that later calls carry only the session cookie. */
    static Api browserSession(String username, String password) throws IOException, InterruptedException {
        Api api = new Api(null, newClient());
        api.send(HttpRequest.newBuilder(URI.create(LienThongEar.BASE + "/index.xhtml")).GET());
        HttpResponse<String> login = api.http.send(HttpRequest.newBuilder(URI.create(LienThongEar.BASE + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + username + "&j_password=" + password))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302) {
            throw new IllegalStateException("form login failed: " + login.statusCode());
        }
        return api;
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    Api inEnglish() {
        this.acceptLanguage = "en";
        return this;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Answer post(String path, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    Answer put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A body that is not JSON, such as a CSV file. */
    Answer postText(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** An answer whose body is bytes (a file), with its headers. */
    record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    /** Posts raw bytes (a file upload, an edXML package); {@code headers} as name, value pairs. */
    Answer postBytes(String path, byte[] body, String contentType, String... headers) throws IOException, InterruptedException {
        return post(path, body, contentType, headers);
    }

    /** A raw body (a log file, a CSV) with its content type; the optional headers as name, value pairs. */
    Answer post(String path, byte[] body, String contentType, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    /**
     * Announces a body of {@code declaredLength} bytes but sends only the headers and a few bytes, on a raw HTTP/1.1
     * connection: what a server that refuses a body from its declared length must answer at once. (The JDK 17 client
     * cannot be used: it waits forever when a 100-continue request gets a final answer.)
     */
    Answer postDeclaringLength(String path, long declaredLength, String... headers) throws IOException {
        URI uri = URI.create(LienThongEar.BASE + path);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder("POST " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\nAuthorization: " + authorization
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + declaredLength + "\r\nConnection: close\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            head.append("\r\n");
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(new byte[1024]);
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int bodyStart = response.indexOf("\r\n\r\n") + 4;
            String body = response.substring(bodyStart);
            if (response.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf('}') + 1);
            }
            return new Answer(status, "", body);
        }
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    Download download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers(), response.body());
    }

    /** The raw bytes of an answer, e.g. an export. */
    byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(LienThongEar.BASE + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (acceptLanguage != null) {
            builder.header("Accept-Language", acceptLanguage);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }
}
