package io.gridcharge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MailboxTest {

    @Test
    void runsTasksInOrderOneAtATime() {
        List<Integer> done = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        Mailbox mailbox = new Mailbox("CP-1", 1000, held -> {
        });

        for (int i = 0; i < 500; i++) {
            int n = i;
            mailbox.offerFrame(() -> {
                mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                done.add(n);
                running.decrementAndGet();
            });
        }

        await().until(() -> done.size() == 500);
        assertThat(done).isSorted();
        assertThat(mostRunning).hasValue(1);
    }

    @Test
    void saysWhenItIsFullAndReportsWhatIsLeftAfterEachFrame() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> left = new CopyOnWriteArrayList<>();
        Mailbox mailbox = new Mailbox("CP-1", 3, left::add);

        assertThat(mailbox.offerFrame(() -> awaitQuietly(release))).isFalse();
        assertThat(mailbox.offerFrame(() -> { })).isFalse();
        assertThat(mailbox.offerFrame(() -> { })).isTrue();
        release.countDown();

        await().until(() -> left.size() == 3);
        assertThat(left).containsExactly(2, 1, 0);
        assertThat(mailbox.mostFrames()).isEqualTo(3);
    }

    @Test
    void controlStepsKeepTheirPlaceButDoNotCount() {
        List<String> done = new CopyOnWriteArrayList<>();
        Mailbox mailbox = new Mailbox("CP-1", 2, held -> {
        });

        mailbox.offerControl(() -> done.add("open"));
        mailbox.offerFrame(() -> done.add("frame"));
        mailbox.offerControl(() -> done.add("close"));

        await().until(() -> done.size() == 3);
        assertThat(done).containsExactly("open", "frame", "close");
        assertThat(mailbox.mostFrames()).isEqualTo(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
