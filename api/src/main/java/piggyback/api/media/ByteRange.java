package piggyback.api.media;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import piggyback.api.web.ApiException;

/**
 * The one byte range (first and last position, inclusive) a {@code Range} header asks of a file,
 * read as RFC 9110 §14 says. A player seeks with one range; a unit other than {@code bytes} is
 * ignored (the RFC requires it) and so are several ranges (the RFC allows it: no multipart answers),
 * both served whole. A position of any length is read without overflow: a last position or a
 * suffix beyond the end is the rest of the file, a first position beyond it is unsatisfiable.
 */
record ByteRange(long first, long last) {

    private static final Pattern ONE = Pattern.compile("(\\d*)-(\\d*)");
    private static final BigInteger LONGEST = BigInteger.valueOf(Long.MAX_VALUE);

    long length() {
        return last - first + 1;
    }

    /**
     * The range of a file of {@code size} bytes to serve, or empty for the whole file.
     *
     * @throws ApiException 416 with {@code Content-Range: bytes *}{@code /size} for a malformed range or one
     *                      that starts past the end
     */
    static Optional<ByteRange> of(String header, long size) {
        if (header == null || size == 0) {
            return Optional.empty();
        }
        int equals = header.indexOf('=');
        if (equals < 0) {
            throw unsatisfiable(size);
        }
        String set = header.substring(equals + 1);
        if (!header.substring(0, equals).equalsIgnoreCase("bytes") || set.contains(",")) {
            return Optional.empty();
        }
        Matcher range = ONE.matcher(set.trim());
        if (!range.matches() || range.group(1).isEmpty() && range.group(2).isEmpty()) {
            throw unsatisfiable(size);
        }
        if (range.group(1).isEmpty()) {
            long suffix = position(range.group(2));
            if (suffix == 0) {
                throw unsatisfiable(size);
            }
            return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = position(range.group(1));
        long last = range.group(2).isEmpty() ? size - 1 : Math.min(position(range.group(2)), size - 1);
        if (first >= size || last < first) {
            throw unsatisfiable(size);
        }
        return Optional.of(new ByteRange(first, last));
    }

    /** Digits as a position, any larger than a long read as the largest (past the end of every file). */
    private static long position(String digits) {
        return new BigInteger(digits).min(LONGEST).longValueExact();
    }

    private static ApiException unsatisfiable(long size) {
        return new ApiException(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "Range Not Satisfiable")
                .header(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
    }
}
