package org.alliancesim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The deserialization filter of every cluster JVM: the project's tasks pass; an unknown class, a
 * collection of any kind, and the nested-set bomb of the report (depth 28) are rejected at their
 * first object, before any field is read, in milliseconds.
 */
class TaskFilterTest {
    /** A class a stranger might send: serializable, but not one of the project's tasks. */
    record Stranger(String text) implements Serializable {
    }

    private static byte[] serialize(Object o) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        }
        return b.toByteArray();
    }

    private static Object read(byte[] bytes) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(new TaskFilter());
            return in.readObject();
        }
    }

    @Test
    void theProjectsTasksAndOutcomesPass() throws Exception {
        SweepPayload p = new SweepPayload("0.1.0+abc", "fp", "s.yaml", "sweep text", "scenario text", "token");
        Object back = read(serialize(new ChunkTask(p, 3)));
        assertThat(back).isInstanceOf(ChunkTask.class);
        assertThat(read(serialize(ChunkOutcome.done(1, "rows")))).isEqualTo(ChunkOutcome.done(1, "rows"));
        assertThat(read(serialize(new IllegalStateException("remote failure")))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unknownClassesAndCollectionsAreRejected() throws Exception {
        for (Object o : new Object[] {new Stranger("x"), new HashMap<>(java.util.Map.of("a", "b")), new HashSet<>(Set.of(1))}) {
            Throwable t = catchThrowable(() -> read(serialize(o)));
            assertThat(t).as(o.getClass().getName()).isInstanceOf(InvalidClassException.class)
                    .hasMessageContaining("REJECTED");
        }
    }

    @Test
    void aNestedSetBombIsRejectedAtOnce() throws Exception {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < 28; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("foo");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        byte[] bomb = serialize(root);
        long t0 = System.nanoTime();
        Throwable t = catchThrowable(() -> read(bomb));
        assertThat(t).isInstanceOf(InvalidClassException.class);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(1.0);
    }
}
