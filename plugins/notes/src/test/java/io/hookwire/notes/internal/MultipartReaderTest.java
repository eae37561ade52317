package io.hookwire.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MultipartReaderTest {
    private static final String B = "----hookwireBoundary7MA4YWxk";

    private static byte[] body(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String p : parts) {
            out.writeBytes(p.getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    /** Hands out at most {@code chunk} bytes per read, as a slow network does. */
    private static InputStream trickle(byte[] bytes, int chunk) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    @Test
    void readsTheFieldsAndTheFileAsCurlSendsThem() throws Exception {
        byte[] body = body("--" + B + "\r\n",
                "Content-Disposition: form-data; name=\"comment\"\r\n\r\n",
                "hello\r\n",
                "--" + B + "\r\n",
                "Content-Disposition: form-data; name=\"file\"; filename=\"a \\\"b\\\".txt\"\r\n",
                "Content-Type: text/plain\r\n\r\n",
                "line 1\r\nline 2\r\n--not the boundary\r\n",
                "\r\n--" + B + "--\r\n");
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body), B);
        MultipartReader.Part comment = reader.next().orElseThrow();
        assertThat(comment.name()).isEqualTo("comment");
        assertThat(comment.fileName()).isNull();
        assertThat(new String(comment.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
        MultipartReader.Part file = reader.next().orElseThrow();
        assertThat(file.fileName()).isEqualTo("a \"b\".txt");
        assertThat(file.contentType()).isEqualTo("text/plain");
        assertThat(new String(file.content().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("line 1\r\nline 2\r\n--not the boundary\r\n");
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void binaryContentSurvivesWhateverTheChunking() throws Exception {
        byte[] content = new byte[100_000];
        new Random(7).nextBytes(content);
        // a near miss of the delimiter inside the content
        byte[] nearMiss = ("\r\n--" + B.substring(0, B.length() - 1) + "X").getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(nearMiss, 0, content, 50_000, nearMiss.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(body("preamble to ignore\r\n--" + B + "\r\n",
                "Content-Disposition: form-data; name=\"file\"; filename=\"blob.bin\"\r\n\r\n"));
        out.writeBytes(content);
        out.writeBytes(body("\r\n--" + B + "--"));
        for (int chunk : new int[] {1, 7, 4096, 1 << 20}) {
            MultipartReader reader = new MultipartReader(trickle(out.toByteArray(), chunk), B);
            MultipartReader.Part part = reader.next().orElseThrow();
            assertThat(part.content().readAllBytes()).as("chunk %d", chunk).isEqualTo(content);
            assertThat(reader.next()).isEmpty();
        }
    }

    @Test
    void anUnreadPartIsSkipped() throws Exception {
        byte[] body = body("--" + B + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n", "x".repeat(50_000),
                "\r\n--" + B + "\r\nContent-Disposition: form-data; name=\"b\"; filename=\"b.txt\"\r\n\r\nB",
                "\r\n--" + B + "--\r\n");
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body), B);
        assertThat(reader.next().orElseThrow().name()).isEqualTo("a");
        MultipartReader.Part b = reader.next().orElseThrow();
        assertThat(new String(b.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("B");
    }

    @Test
    void aTruncatedBodyIsMalformed() throws Exception {
        byte[] body = body("--" + B + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f\"\r\n\r\n",
                "cut off here");
        MultipartReader.Part part = new MultipartReader(new ByteArrayInputStream(body), B).next().orElseThrow();
        assertThatThrownBy(() -> part.content().readAllBytes()).isInstanceOf(MultipartReader.MalformedException.class)
                .hasMessageContaining("ends before its closing boundary");
        assertThatThrownBy(() -> new MultipartReader(new ByteArrayInputStream(body("no boundary at all")), B).next())
                .isInstanceOf(MultipartReader.MalformedException.class).hasMessageContaining("has no boundary");
    }

    @Test
    void theBoundaryComesFromTheContentType() throws Exception {
        assertThat(MultipartReader.boundary("multipart/form-data; boundary=abc")).contains("abc");
        assertThat(MultipartReader.boundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b;c\""))
                .contains("a b;c");
        assertThat(MultipartReader.boundary("application/octet-stream")).isEmpty();
        assertThat(MultipartReader.boundary(null)).isEmpty();
        assertThatThrownBy(() -> MultipartReader.boundary("multipart/form-data"))
                .isInstanceOf(MultipartReader.MalformedException.class).hasMessageContaining("needs a boundary");
    }
}
