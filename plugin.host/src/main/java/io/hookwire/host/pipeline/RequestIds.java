package io.hookwire.host.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import javax.ws.rs.container.ContainerRequestContext;

/**
 * The id of each {@code /api/v1} request: the client's {@value #HEADER} when it is well-formed, else a new one. It is
 * answered in the same header, handed to hook handlers ({@code HttpExchange.requestId}), and named in the log lines
 * of the request's errors. Set per request by {@link RequestIdFilter}.
 */
public final class RequestIds {
    /** The request and response header. */
    public static final String HEADER = "X-Request-Id";
    /** The request property ({@code ContainerRequestContext}) that holds the id. */
    public static final String PROPERTY = "hookwire.request.id";

    /** What a client's id may look like: no spaces or control characters, so it cannot forge a log line. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private RequestIds() {}

    /** The id of the request this thread serves, or {@code null} outside a request. */
    public static String current() {
        return CURRENT.get();
    }

    /**
     * The id of this request: the one it was given already, else the client's when well-formed, else a new one,
     * which it keeps (request property {@value #PROPERTY}) and this thread knows. Whichever filter asks first gives
     * the request its id, so it does not depend on the filters' order.
     */
    static String of(ContainerRequestContext request) {
        String id = request.getProperty(PROPERTY) instanceof String given ? given
                : accept(request.getHeaderString(HEADER));
        request.setProperty(PROPERTY, id);
        set(id);
        return id;
    }

    static void set(String id) {
        CURRENT.set(id);
    }

    static void clear() {
        CURRENT.remove();
    }

    /**
     * The work, carrying this thread's request id to the thread that runs it (the plugin manager's worker), so that
     * what it audits names the request that asked for it.
     */
    public static <T> Callable<T> carrying(Callable<T> work) {
        String id = CURRENT.get();
        if (id == null) {
            return work;
        }
        return () -> {
            String before = CURRENT.get();
            CURRENT.set(id);
            try {
                return work.call();
            } finally {
                if (before == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(before);
                }
            }
        };
    }

    /** The client's id when it is well-formed (letters, digits, '.', '_', ':', '-'; 1 to 128), else a new one. */
    static String accept(String fromClient) {
        return fromClient != null && WELL_FORMED.matcher(fromClient).matches() ? fromClient : generate();
    }

    static boolean wellFormed(String id) {
        return id != null && WELL_FORMED.matcher(id).matches();
    }

    /**
     * A new id: 128 random bits in hex. Not a secret, so the thread's fast generator does (a {@code SecureRandom}
     * UUID would cost a lock and far more time on every request).
     */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[32];
        long high = random.nextLong();
        long low = random.nextLong();
        for (int i = 0; i < 16; i++) {
            id[i] = HEX[(int) (high >>> (60 - 4 * i)) & 0xf];
            id[16 + i] = HEX[(int) (low >>> (60 - 4 * i)) & 0xf];
        }
        return new String(id);
    }
}
