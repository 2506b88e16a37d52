package piggyback.api.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import piggyback.api.web.ApiException;

/**
 * A Range header as RFC 9110 §14 reads it, for a file of 20 bytes: one range is served, a unit
 * other than bytes or several ranges are ignored (the whole file), anything malformed or starting
 * past the end is 416 with {@code Content-Range: bytes *\/20}. Numbers of any length are read, never
 * overflow: a last position or suffix beyond any file means the rest of the file.
 */
class ByteRangeTest {

    private static final long SIZE = 20;

    /** One range as asked; a last position or suffix beyond the file, however many digits, is the rest of it. */
    @ParameterizedTest
    @CsvSource({"bytes=5-9, 5, 9", "bytes=18-, 18, 19", "bytes=-4, 16, 19", "bytes=0-0, 0, 0", "Bytes=19-30, 19, 19",
            "bytes=0-99999999999999999999, 0, 19", "bytes=0-9223372036854775808, 0, 19",
            "bytes=0-9223372036854775807, 0, 19", "bytes=-99999999999999999999, 0, 19", "bytes=-25, 0, 19",
            "bytes=00000000000000000000000003-4, 3, 4"})
    void oneRangeIsServed(String header, long first, long last) {
        assertThat(ByteRange.of(header, SIZE)).contains(new ByteRange(first, last));
        assertThat(new ByteRange(first, last).length()).isEqualTo(last - first + 1);
    }

    @Test
    void noHeaderAnotherUnitOrSeveralRangesServeTheWholeFile() {
        assertThat(ByteRange.of(null, SIZE)).isEmpty();
        assertThat(ByteRange.of("items=0-1", SIZE)).isEmpty();
        assertThat(ByteRange.of("bytes=0-1,5-9", SIZE)).isEmpty();
        assertThat(ByteRange.of("bytes=0-1, abc", SIZE)).isEmpty();
    }

    @Test
    void malformedRangesAndRangesPastTheEndAreUnsatisfiable() {
        for (String header : new String[] {"bytes=abc", "bytes=", "bytes=-", "bytes=5-3", "bytes=-0", "bytes=20-",
                "bytes=30-40", "bytes=99999999999999999999-", "bytes=99999999999999999999-99999999999999999999",
                "bytes=1.5-2", "bytes=+1-2", "bytes 0-1", "0-1"}) {
            assertThatThrownBy(() -> ByteRange.of(header, SIZE)).as(header).isInstanceOfSatisfying(ApiException.class,
                    e -> {
                        assertThat(e.status().value()).isEqualTo(416);
                        assertThat(e.headers().getFirst("Content-Range")).isEqualTo("bytes */20");
                    });
        }
    }

    @Test
    void anEmptyFileIsServedWhole() {
        assertThat(ByteRange.of("bytes=0-1", 0)).isEqualTo(Optional.empty());
    }
}
