package com.careerplatform.kit.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HR system's webhook endpoint on 127.0.0.1, for tests: it answers with the statuses it is told to
 * (200 once they run out), can hold a request unanswered, records what it received, and checks a
 * signature the way a receiver would, independently of the platform's signing code.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** A request as received: headers with lower-case names, the raw body, and the status answered. */
    public record Received(Map<String, String> headers, String body, int answered) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Answer "status" that leaves the request unanswered until {@link #close()}. */
    public static final int HOLD = 0;

    private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

    private final HttpServer server;
    private final Deque<Integer> answers = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/career";
    }

    /** The statuses of the next answers, in order ({@link #HOLD} to leave one unanswered). */
    public synchronized void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** True when the request carries a valid HMAC-SHA256 signature over its timestamp and body. */
    public static boolean signedWith(String secret, Received request) {
        String header = request.header("Career-Signature");
        Matcher parts = header == null ? null : SIGNATURE.matcher(header);
        if (parts == null || !parts.matches()) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((parts.group(1) + "." + request.body()).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(parts.group(2)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status = nextAnswer();
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        received.add(new Received(Map.copyOf(headers), body, status));
        if (status == HOLD) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private synchronized int nextAnswer() {
        Integer next = answers.poll();
        return next == null ? 200 : next;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
