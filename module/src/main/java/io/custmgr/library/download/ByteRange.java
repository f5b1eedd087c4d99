package io.custmgr.library.download;

/**
 * One byte range of an HTTP {@code Range} header (RFC 7233), resolved against the file's length. Only single
 * ranges are served; a header with several ranges, another unit or bad syntax is ignored (the whole file is
 * served), as the RFC allows.
 */
public final class ByteRange {

    private final long first;
    private final long last;

    private ByteRange(long first, long last) {
        this.first = first;
        this.last = last;
    }

    /**
     * @return the range, or null to serve the whole file
     * @throws UnsatisfiableRangeException when the range starts at or beyond the end (HTTP 416)
     */
    public static ByteRange parse(String header, long length) {
        if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
            return null;
        }
        String spec = header.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String from = spec.substring(0, dash).trim();
            String to = spec.substring(dash + 1).trim();
            if (from.isEmpty()) {
                long suffix = Long.parseLong(to);
                if (suffix <= 0 || length == 0) {
                    throw new UnsatisfiableRangeException(length);
                }
                return new ByteRange(Math.max(0, length - suffix), length - 1);
            }
            long first = Long.parseLong(from);
            long last = to.isEmpty() ? length - 1 : Long.parseLong(to);
            if (first >= length) {
                throw new UnsatisfiableRangeException(length);
            }
            if (first < 0 || last < first) {
                return null;
            }
            return new ByteRange(first, Math.min(last, length - 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public long getFirst() {
        return first;
    }

    public long getLast() {
        return last;
    }

    public long getLength() {
        return last - first + 1;
    }

    /** @return the Content-Range header value */
    public String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    /** The range cannot be served: answer 416 with {@code Content-Range: bytes *}/{@link #getLength()}. */
    public static class UnsatisfiableRangeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final long length;

        public UnsatisfiableRangeException(long length) {
            super("Range not satisfiable for " + length + " bytes");
            this.length = length;
        }

        public long getLength() {
            return length;
        }
    }
}
