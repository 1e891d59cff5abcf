package io.gridcharge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MixTest {
    @Test
    void drawsOnlyKindsWithAPositiveWeight() {
        Mix mix = Mix.parse("heartbeat=0, meter=3");
        for (int i = 0; i < 1_000; i++) {
            assertThat(mix.draw()).isEqualTo(Mix.Kind.METER);
        }
        assertThat(mix.includes(Mix.Kind.TX)).isFalse();
    }

    @Test
    void refusesAnUnknownKindNamingIt() {
        assertThatThrownBy(() -> Mix.parse("heartbeat=1,boot=2")).hasMessageContaining("boot");
    }
}
