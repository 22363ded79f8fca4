package com.partnerportal.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageFrameTest {

    @Test
    void theContentGoesWhereTheSlotIsEncodedAsUtf8() {
        byte[] content = "<p>Score · 78 – attained</p>".getBytes(StandardCharsets.UTF_8);
        byte[] page = PageFrame.around("<header>Zoë</header>" + PageFrame.SLOT + "<footer>©</footer>", content);
        assertThat(new String(page, StandardCharsets.UTF_8))
                .isEqualTo("<header>Zoë</header><p>Score · 78 – attained</p><footer>©</footer>");
    }

    @Test
    void aFrameWithoutTheSlotOrWithItTwiceIsAProgrammingError() {
        assertThatThrownBy(() -> PageFrame.around("<main></main>", new byte[0]))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PageFrame.around(PageFrame.SLOT + PageFrame.SLOT, new byte[0]))
                .isInstanceOf(IllegalStateException.class);
    }
}
