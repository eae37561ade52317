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

/** Commons FileUpload, as the attachments resource uses it: the first file part, streamed. */
class MultipartUploadTest {
    private static final String B = "----hookwireBoundary7MA4YWxk";
    private static final String TYPE = "multipart/form-data; boundary=" + B;

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
    void theFirstFilePartAsCurlSendsItTheFieldsBeforeItSkipped() throws Exception {
        byte[] body = body("--" + B + "\r\n",
                "Content-Disposition: form-data; name=\"comment\"\r\n\r\n",
                "hello\r\n",
                "--" + B + "\r\n",
                "Content-Disposition: form-data; name=\"file\"; filename=\"report v2.txt\"\r\n",
                "Content-Type: text/plain\r\n\r\n",
                "line 1\r\nline 2\r\n--not the boundary\r\n",
                "\r\n--" + B + "--\r\n");
        MultipartUpload.FilePart file = MultipartUpload.firstFile(TYPE, new ByteArrayInputStream(body)).orElseThrow();
        assertThat(file.fileName()).isEqualTo("report v2.txt");
        assertThat(file.contentType()).isEqualTo("text/plain");
        assertThat(new String(file.content().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("line 1\r\nline 2\r\n--not the boundary\r\n");
    }

    @Test
    void aUtf8FileNameArrivesIntact() throws Exception {
        byte[] body = ("--" + B + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r\u00e9sum\u00e9.txt\"\r\n\r\n"
                + "x\r\n--" + B + "--\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(MultipartUpload.firstFile(TYPE, new ByteArrayInputStream(body)).orElseThrow().fileName())
                .isEqualTo("r\u00e9sum\u00e9.txt");
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
            MultipartUpload.FilePart part = MultipartUpload.firstFile(TYPE, trickle(out.toByteArray(), chunk))
                    .orElseThrow();
            assertThat(part.content().readAllBytes()).as("chunk %d", chunk).isEqualTo(content);
        }
    }

    @Test
    void aBodyWithoutAFilePartHasNone() throws Exception {
        byte[] body = body("--" + B + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n", "x".repeat(50_000),
                "\r\n--" + B + "--\r\n");
        assertThat(MultipartUpload.firstFile(TYPE, new ByteArrayInputStream(body))).isEmpty();
    }

    @Test
    void aTruncatedOrBoundlessBodyIsMalformed() throws Exception {
        byte[] body = body("--" + B + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f\"\r\n\r\n",
                "cut off here");
        MultipartUpload.FilePart part = MultipartUpload.firstFile(TYPE, new ByteArrayInputStream(body)).orElseThrow();
        assertThatThrownBy(() -> part.content().readAllBytes()).isInstanceOf(MultipartUpload.MalformedException.class)
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> MultipartUpload.firstFile("multipart/form-data",
                new ByteArrayInputStream(body("no boundary at all"))))
                .isInstanceOf(MultipartUpload.MalformedException.class).hasMessageContaining("boundary");
        // no delimiter at all: no parts, so no file (the resource answers 400 naming "file")
        assertThat(MultipartUpload.firstFile(TYPE, new ByteArrayInputStream(body("no parts at all")))).isEmpty();
    }

    @Test
    void onlyAMultipartTypeIsMultipart() {
        assertThat(MultipartUpload.isMultipart("multipart/form-data; boundary=abc")).isTrue();
        assertThat(MultipartUpload.isMultipart(" Multipart/Form-Data; boundary=\"a b\"")).isTrue();
        assertThat(MultipartUpload.isMultipart("application/octet-stream")).isFalse();
        assertThat(MultipartUpload.isMultipart(null)).isFalse();
    }
}
