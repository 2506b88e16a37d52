package piggyback.batch.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** time_to_seconds (reference unit tests U1–U6). */
class TimeCodesTest {

    @Test
    void u1MinutesAndSeconds() {
        assertThat(TimeCodes.toSeconds("1:30")).isEqualTo(90);
    }

    @Test
    void u2HoursMinutesAndSeconds() {
        assertThat(TimeCodes.toSeconds("1:00:00")).isEqualTo(3600);
    }

    @Test
    void u3SomethingThatIsNotATimeIsZero() {
        assertThat(TimeCodes.toSeconds("bad")).isZero();
        assertThat(TimeCodes.toSeconds("1:xx")).isZero();
        assertThat(TimeCodes.toSeconds("1:2:3:4")).isZero();
    }

    @Test
    void u4NoTimeAtAllIsAnError() {
        assertThatThrownBy(() -> TimeCodes.toSeconds(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void u5SecondsOnly() {
        assertThat(TimeCodes.toSeconds("45")).isEqualTo(45);
    }

    @Test
    void u6AFullTimeCode() {
        assertThat(TimeCodes.toSeconds("2:30:15")).isEqualTo(9015);
    }

    @Test
    void secondsAreFormattedAsTheManifestWritesThem() {
        assertThat(TimeCodes.format(0)).isEqualTo("00:00");
        assertThat(TimeCodes.format(75)).isEqualTo("01:15");
        assertThat(TimeCodes.format(6005)).isEqualTo("100:05");
    }
}
