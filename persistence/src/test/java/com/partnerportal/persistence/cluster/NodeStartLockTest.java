package com.partnerportal.persistence.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.Assertions;

/** The start lock is one PostgreSQL advisory lock: while one session holds it, a second waits until it is released. */
@QuarkusTest
class NodeStartLockTest {

    @Inject
    NodeStartLock lock;

    @Test
    void aSecondNodeWaitsUntilTheFirstReleasesTheLock() throws Exception {
        assertThat(lock.heldElsewhere()).isFalse();
        CompletableFuture<NodeStartLock.Held> second;
        try (NodeStartLock.Held first = lock.acquire()) {
            assertThat(lock.heldElsewhere()).as("seen from another session").isTrue();
            second = CompletableFuture.supplyAsync(() -> {
                try {
                    return lock.acquire();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Assertions.assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS))
                    .as("the second waits while the first holds it").isInstanceOf(TimeoutException.class);
        }
        try (NodeStartLock.Held taken = second.get(10, TimeUnit.SECONDS)) {
            assertThat(lock.heldElsewhere()).isTrue();
        }
        assertThat(lock.heldElsewhere()).as("released").isFalse();
    }
}
