package org.alliancesim;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for a task run on a pool and throwing its failure as the task threw it, not wrapped:
 * an unchecked exception or an error as it was (so an out-of-memory error still reaches the
 * handler that exits with status 5, and a located input error keeps its file and line), anything
 * else wrapped once. An interrupt while waiting sets the thread's flag again and says what was
 * being waited for.
 */
public final class Tasks {
    private Tasks() {
    }

    /** The task's value; {@code what} completes "interrupted while ..." (e.g. "building the worlds"). */
    public static <T> T join(Future<T> task, String what) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            throwIfUnchecked(e.getCause());
            throw new IllegalStateException(e.getCause());
        }
    }

    /** {@link #join} for a task that reads or writes files: its {@link IOException} is thrown as it was. */
    public static <T> T joinIo(Future<T> task, String what) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + what);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throwIfUnchecked(e.getCause());
            throw new IOException(e.getCause());
        }
    }

    private static void throwIfUnchecked(Throwable c) {
        if (c instanceof RuntimeException r) {
            throw r;
        }
        if (c instanceof Error err) {
            throw err;
        }
    }
}
