package io.hookwire.notes.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.MultipartStream;
import org.apache.commons.fileupload.UploadContext;

/**
 * A {@code multipart/form-data} upload, read with Apache Commons FileUpload's streaming API: the parts are read from
 * the request as they arrive, nothing is buffered in memory or on disk, and the file part's content streams straight
 * into the Drive. A malformed body (no boundary, cut off before its closing boundary) is a {@link MalformedException},
 * which the resource answers with 400, whether it shows before the first part or while the content is read.
 */
final class MultipartUpload {
    /** The body is not the multipart it claims to be. */
    static final class MalformedException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A file part.
     *
     * @param fileName the file name the client sent (as it sent it: a browser may send a whole path)
     * @param contentType its {@code Content-Type}, or {@code null}
     * @param content its content, streamed from the request
     */
    record FilePart(String fileName, String contentType, InputStream content) {}

    private MultipartUpload() {}

    /** Whether a body of this type is multipart. */
    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /**
     * The first part that carries a file name, positioned at its content; the parts before it are skipped.
     *
     * @return empty when the body has no file part
     * @throws MalformedException when the body is not well-formed multipart
     */
    static Optional<FilePart> firstFile(String contentType, InputStream body) throws IOException {
        FileUpload upload = new FileUpload();
        upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
        try {
            FileItemIterator items = upload.getItemIterator(new Body(contentType, body));
            while (items.hasNext()) {
                FileItemStream item = items.next();
                if (!item.isFormField() && item.getName() != null) {
                    return Optional.of(new FilePart(item.getName(), item.getContentType(),
                            new Checked(item.openStream())));
                }
            }
            return Optional.empty();
        } catch (FileUploadException e) {
            throw new MalformedException("the multipart body is malformed: " + e.getMessage(), e);
        } catch (MultipartStream.MalformedStreamException e) {
            throw malformed(e);
        }
    }

    private static MalformedException malformed(IOException e) {
        return new MalformedException("the multipart body is malformed: " + e.getMessage()
                + " (it ends before its closing boundary, or a part is cut off)", e);
    }

    /** The file's content: a body cut off while it is read is malformed too, not an I/O failure of the server. */
    private static final class Checked extends FilterInputStream {
        Checked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (MultipartStream.MalformedStreamException e) {
                throw malformed(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (MultipartStream.MalformedStreamException e) {
                throw malformed(e);
            }
        }
    }

    /** What FileUpload needs to know of the request: the type (with its boundary) and the body. */
    private record Body(String contentType, InputStream body) implements UploadContext {
        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        @Deprecated
        public int getContentLength() {
            return -1;
        }

        @Override
        public long contentLength() {
            return -1;
        }

        @Override
        public InputStream getInputStream() {
            return body;
        }
    }
}
