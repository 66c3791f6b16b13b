package org.protpred.pipeline.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads lines of text with a bound on how much of a line is ever held in memory: {@link #readLine(int)} keeps at
 * most {@code max} characters of a line and skips the rest of it, reporting that it did ({@link #overflowed()}). A
 * line of a gigabyte therefore costs {@code max} characters of memory, not a gigabyte. Lines end at {@code \n},
 * {@code \r\n} or a lone {@code \r} (as {@link java.io.BufferedReader#readLine()}); a UTF-8 byte-order mark at the
 * very start is skipped. Not thread-safe.
 */
public final class LineReader implements Closeable {

    private static final char BOM = '\uFEFF';

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private boolean skipLf;
    private boolean started;
    private long lineNo;
    private boolean overflowed;
    private long lastLength;

    public LineReader(Reader in) {
        this.in = in;
    }

    /** A line reader over the (possibly gzipped, possibly standard input) file, see {@link InputFiles#openStream}. */
    public static LineReader open(Path file) {
        return new LineReader(new InputStreamReader(InputFiles.openStream(file), StandardCharsets.UTF_8));
    }

    /** 1-based number of the line last returned (0 before the first). */
    public long lineNumber() {
        return lineNo;
    }

    /** Whether the line last returned was longer than the {@code max} asked for (and so was cut). */
    public boolean overflowed() {
        return overflowed;
    }

    /** Full length in characters of the line last returned, including any part skipped. */
    public long lastLength() {
        return lastLength;
    }

    /**
     * The next line without its terminator, or {@code null} at the end of the input. At most {@code max} characters
     * are kept; the rest of a longer line is read and dropped, and {@link #overflowed()} then says so.
     */
    public String readLine(int max) throws IOException {
        if (!fill()) {
            return null;
        }
        if (!started) {
            started = true;
            if (buf[pos] == BOM) {
                pos++;
                if (!fill()) {
                    return null;
                }
            }
        }
        StringBuilder sb = null;
        long length = 0;
        while (true) {
            if (!fill()) {
                break;
            }
            int start = pos;
            int end = pos;
            boolean lineEnd = false;
            while (end < len) {
                char c = buf[end];
                if (c == '\n' || c == '\r') {
                    lineEnd = true;
                    break;
                }
                end++;
            }
            int n = end - start;
            if (length < max) {
                int keep = (int) Math.min(n, max - length);
                if (sb == null) {
                    sb = new StringBuilder(Math.min(Math.max(keep, 16), max));
                }
                sb.append(buf, start, keep);
            }
            length += n;
            pos = end;
            if (lineEnd) {
                char c = buf[pos++];
                if (c == '\r') {
                    skipLf = true;
                }
                break;
            }
        }
        lineNo++;
        lastLength = length;
        overflowed = length > max;
        return sb == null ? "" : sb.toString();
    }

    /** Makes sure a character is buffered (dropping the {@code \n} of a {@code \r\n}); false at the end. */
    private boolean fill() throws IOException {
        while (true) {
            if (pos >= len) {
                if (eof) {
                    return false;
                }
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    eof = true;
                    return false;
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
