package io.hookwire.notes.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) as a stream: each part's content is handed out as an
 * {@link InputStream} that ends at the next boundary, so a file goes to the Drive without being held in memory.
 * Only what an upload needs: part headers, {@code Content-Disposition} with {@code name} and {@code filename}, and
 * {@code Content-Type}. Not thread-safe: one reader per request.
 */
final class MultipartReader {
    /** The most bytes of headers one part may have. */
    static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int BUFFER = 16 * 1024;

    /** The body is not well-formed multipart: the client's fault, not the server's. */
    static final class MalformedException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    /** One part: its form field name, its file name if it is a file, its type, and its content (read it once). */
    record Part(String name, String fileName, String contentType, InputStream content) {}

    private final InputStream in;
    /** {@code CRLF--boundary}: what ends a part's content. */
    private final byte[] delimiter;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int end;
    private boolean eof;
    private boolean finished;
    private PartStream current;

    /** @param boundary the {@code boundary} parameter of the request's content type (see {@link #boundary}) */
    MultipartReader(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // the first boundary has no CRLF before it: pretend it had, and one delimiter finds them all
        buf[0] = '\r';
        buf[1] = '\n';
        end = 2;
    }

    /**
     * The boundary of a {@code multipart/form-data} content type, or empty when it is another type.
     *
     * @throws IOException when it is multipart without a usable boundary
     */
    static Optional<String> boundary(String contentType) throws IOException {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).strip().startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        String boundary = parameters(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new MalformedException("the multipart/form-data content type needs a boundary of 1 to 70 characters");
        }
        return Optional.of(boundary);
    }

    /** The next part, or empty after the last. The part before it is skipped if it was not read to its end. */
    Optional<Part> next() throws IOException {
        if (current != null) {
            current.transferTo(OutputStream.nullOutputStream());
        } else if (!skipTo()) {
            throw new MalformedException("the multipart body has no boundary --" + boundaryText());
        }
        if (finished) {
            return Optional.empty();
        }
        Map<String, String> headers = readHeaders();
        Map<String, String> disposition = parameters(headers.getOrDefault("content-disposition", ""));
        current = new PartStream(true);
        return Optional.of(new Part(disposition.get("name"), disposition.get("filename"),
                headers.get("content-type"), current));
    }

    /** Skips the preamble up to and including the first delimiter; false when the body ends first. */
    private boolean skipTo() throws IOException {
        PartStream preamble = new PartStream(false);
        preamble.transferTo(OutputStream.nullOutputStream());
        return preamble.sawDelimiter;
    }

    /** After a delimiter: "--" closes the body; otherwise (after optional white space) CRLF and the headers. */
    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        boolean first = true;
        while (true) {
            int b = read();
            if (b < 0) {
                throw new MalformedException("the multipart body ends in a part's headers");
            }
            if (++total > MAX_HEADER_BYTES) {
                throw new MalformedException("a part's headers are longer than " + MAX_HEADER_BYTES + " bytes");
            }
            if (b != '\n') {
                line.write(b);
                continue;
            }
            String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
            line.reset();
            if (first) {
                first = false; // the rest of the boundary line (transport padding)
                continue;
            }
            if (text.isEmpty()) {
                return headers;
            }
            int colon = text.indexOf(':');
            if (colon > 0) {
                String name = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.put(name, text.substring(colon + 1).strip());
            }
        }
    }

    /** After a delimiter, whether "--" follows (the close delimiter): then the body is finished. */
    private void checkClose() throws IOException {
        if (fill(2) >= 2 && buf[pos] == '-' && buf[pos + 1] == '-') {
            finished = true;
        }
    }

    private int read() throws IOException {
        return fill(1) >= 1 ? buf[pos++] & 0xff : -1;
    }

    /** Makes at least {@code need} bytes available, unless the input ends first; returns how many there are. */
    private int fill(int need) throws IOException {
        if (end - pos >= need || eof) {
            return end - pos;
        }
        System.arraycopy(buf, pos, buf, 0, end - pos);
        end -= pos;
        pos = 0;
        while (end < need && !eof) {
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }
        return end - pos;
    }

    private int indexOfDelimiter() {
        outer:
        for (int i = pos; i <= end - delimiter.length; i++) {
            for (int j = 0; j < delimiter.length; j++) {
                if (buf[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private String boundaryText() {
        return new String(Arrays.copyOfRange(delimiter, 4, delimiter.length), StandardCharsets.ISO_8859_1);
    }

    /** A part's content: the bytes up to the next delimiter, which it consumes. */
    private final class PartStream extends InputStream {
        /** A part must end with a delimiter; the preamble may end with the body (then there is no part). */
        private final boolean delimited;
        private boolean done;
        private boolean sawDelimiter;

        PartStream(boolean delimited) {
            this.delimited = delimited;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            fill(delimiter.length);
            int at = indexOfDelimiter();
            if (at == pos) {
                pos += delimiter.length;
                done = true;
                sawDelimiter = true;
                checkClose();
                return -1;
            }
            int available = end - pos;
            if (at < 0 && eof && available == 0) {
                done = true;
                if (delimited) {
                    throw new MalformedException("the multipart body ends before its closing boundary");
                }
                return -1;
            }
            // without a delimiter in sight, keep back what could be its beginning
            int safe = at >= 0 ? at - pos : (eof ? available : available - (delimiter.length - 1));
            int n = Math.min(len, safe);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    /** The parameters of a header value ({@code form-data; name="file"; filename="a b.txt"}), by lower-case name. */
    static Map<String, String> parameters(String header) {
        Map<String, String> params = new LinkedHashMap<>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int eq = header.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = header.substring(i + 1, eq).strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = eq + 1;
            while (j < header.length() && header.charAt(j) == ' ') {
                j++;
            }
            if (j < header.length() && header.charAt(j) == '"') {
                for (j++; j < header.length() && header.charAt(j) != '"'; j++) {
                    char c = header.charAt(j);
                    if (c == '\\' && j + 1 < header.length()) {
                        c = header.charAt(++j);
                    }
                    value.append(c);
                }
                j = header.indexOf(';', j);
            } else {
                int semi = header.indexOf(';', j);
                value.append(header, j, semi < 0 ? header.length() : semi);
                j = semi;
            }
            params.putIfAbsent(key, value.toString().strip());
            i = j;
        }
        return params;
    }
}
