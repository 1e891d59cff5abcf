package io.gridcharge.sim.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LinkProfileTest {
    private static final Instant START = Instant.parse("2021-06-15T00:00:00Z");

    @Test
    void aLossyLinkSometimesCostsARetransmissionOnTopOfItsLatency() {
        SplittableRandom random = new SplittableRandom(1);
        long[] plc = LongStream.range(0, 2000).map(i -> LinkProfile.PLC.delayMillis(random)).toArray();
        long[] lan = LongStream.range(0, 2000).map(i -> LinkProfile.LAN.delayMillis(random)).toArray();

        assertThat(LongStream.of(lan).max().orElseThrow()).isLessThanOrEqualTo(2);
        assertThat(LongStream.of(plc).filter(d -> d >= 200 + 2 * 90 + 30).count()).isBetween(20L, 120L); // ~3 %
        assertThat(LongStream.of(plc).average().orElseThrow()).isBetween(80.0, 130.0);
    }

    @Test
    void outagesComeAtTheProfilesRateAndAreTheSameForTheSameSeed() {
        Instant end = START.plus(Duration.ofDays(100));
        List<Spells.Spell> outages = LinkProfile.CELLULAR_4G.outages(START, end, 5);

        assertThat(outages).hasSizeBetween(70, 130); // one a day on average
        assertThat(outages).isEqualTo(LinkProfile.CELLULAR_4G.outages(START, end, 5));
        assertThat(outages).allSatisfy(o -> assertThat(o.until()).isAfter(o.from()));
        assertThat(LinkProfile.LAN.outages(START, end, 5)).isEmpty();
    }

    @Test
    void anUnknownProfileNameNamesTheKnownOnes() {
        assertThatThrownBy(() -> LinkProfile.named("5G")).hasMessageContaining("LAN, VPN, 4G or PLC");
    }
}
