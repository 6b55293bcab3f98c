package org.alliancesim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TasksTest {
    private static <T> Future<T> failed(Throwable t) {
        return CompletableFuture.failedFuture(t);
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aTasksValueIsReturned() throws Exception {
        assertThat(Tasks.join(CompletableFuture.completedFuture(7), "x")).isEqualTo(7);
        assertThat(Tasks.joinIo(CompletableFuture.completedFuture("a"), "x")).isEqualTo("a");
    }

    @Test
    void uncheckedFailuresAndErrorsAreThrownAsTheTaskThrewThem() {
        IllegalArgumentException bad = new IllegalArgumentException("no capital in 1903");
        OutOfMemoryError oom = new OutOfMemoryError("heap");
        assertThatThrownBy(() -> Tasks.join(failed(bad), "x")).isSameAs(bad);
        assertThatThrownBy(() -> Tasks.join(failed(oom), "x")).isSameAs(oom);
        assertThatThrownBy(() -> Tasks.joinIo(failed(bad), "x")).isSameAs(bad);
        assertThatThrownBy(() -> Tasks.joinIo(failed(oom), "x")).isSameAs(oom);
    }

    @Test
    void anIoFailureIsThrownAsItWasByJoinIoAndWrappedOnceByJoin() {
        IOException io = new IOException("disk full");
        assertThatThrownBy(() -> Tasks.joinIo(failed(io), "x")).isSameAs(io);
        assertThatThrownBy(() -> Tasks.join(failed(io), "x"))
                .isInstanceOf(IllegalStateException.class).hasCause(io);
        Exception other = new Exception("checked");
        assertThatThrownBy(() -> Tasks.joinIo(failed(other), "x")).isInstanceOf(IOException.class).hasCause(other);
    }

    @Test
    void anInterruptWhileWaitingSaysWhatWasAwaitedAndKeepsTheFlag() {
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> Tasks.join(new CompletableFuture<Integer>(), "building the worlds"))
                .isInstanceOf(IllegalStateException.class).hasMessage("interrupted while building the worlds");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThatThrownBy(() -> Tasks.joinIo(new CompletableFuture<Integer>(), "reading nmc.csv"))
                .isInstanceOf(InterruptedIOException.class).hasMessage("interrupted while reading nmc.csv");
        assertThat(Thread.interrupted()).isTrue();
    }
}
