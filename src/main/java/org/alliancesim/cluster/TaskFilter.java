package org.alliancesim.cluster;

import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.JavaSerializationFilterConfig;
import java.io.ObjectInputFilter;
import java.util.Set;

/**
 * What a cluster JVM (worker or sweep client) agrees to deserialize with Java serialization: the
 * project's task classes ({@link ChunkTask}, {@link SweepPayload}, {@link ChunkOutcome}; for
 * calibrations {@link CandidateTask}, {@link CalibrationPayload}, {@link CandidateOutcome}), the JDK
 * types they carry (strings, boxed numbers, records), and exceptions of the JDK and Hazelcast with
 * their stack traces (Hazelcast returns a failed remote call as one); everything else is rejected
 * before any of its fields is read, and so is a graph deeper than {@value #MAX_DEPTH}, with more
 * than {@value #MAX_REFS} objects, an array longer than {@value #MAX_ARRAY} or a stream longer
 * than {@value #MAX_BYTES} bytes (a nested-set bomb is rejected at its first set). Installed as the
 * JVM-wide filter and as Hazelcast's own class filter, so both paths are covered.
 */
public final class TaskFilter implements ObjectInputFilter {
    static final int MAX_DEPTH = 20;
    static final int MAX_REFS = 10_000;
    static final int MAX_ARRAY = 10_000;
    /** The payload's two texts are at most 4 MiB each (YamlSource.MAX_BYTES), as UTF-8 with overhead. */
    static final long MAX_BYTES = 24L * 1024 * 1024;
    static final Set<String> TASK_CLASSES = Set.of(ChunkTask.class.getName(), SweepPayload.class.getName(),
            ChunkOutcome.class.getName(), CandidateTask.class.getName(), CalibrationPayload.class.getName(),
            CandidateOutcome.class.getName());
    static final Set<String> JDK_CLASSES = Set.of("java.lang.String", "java.lang.Record", "java.lang.Number",
            "java.lang.Integer", "java.lang.Long", "java.lang.Boolean", "java.lang.Enum", "java.lang.StackTraceElement",
            "java.util.ArrayList", "java.util.Collections$EmptyList", "java.util.Collections$UnmodifiableList",
            "java.util.Collections$UnmodifiableRandomAccessList", "java.util.Collections$UnmodifiableCollection",
            "java.util.Collections$SynchronizedList", "java.util.Collections$SynchronizedRandomAccessList",
            "java.util.Collections$SynchronizedCollection", "java.util.UUID");

    private static volatile boolean installed;

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.references() > MAX_REFS || info.streamBytes() > MAX_BYTES
                || info.arrayLength() > MAX_ARRAY) {
            return Status.REJECTED;
        }
        Class<?> c = info.serialClass();
        if (c == null) {
            return Status.UNDECIDED;
        }
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive() || allowed(c)) {
            return Status.ALLOWED;
        }
        return Status.REJECTED;
    }

    static boolean allowed(Class<?> c) {
        String n = c.getName();
        if (TASK_CLASSES.contains(n) || JDK_CLASSES.contains(n)) {
            return true;
        }
        return Throwable.class.isAssignableFrom(c) && (n.startsWith("java.") || n.startsWith("com.hazelcast."));
    }

    /** Makes this the JVM-wide filter (once; a filter set by someone else is left in place and reported). */
    static synchronized void installJvmWide() {
        if (installed) {
            return;
        }
        ObjectInputFilter current = ObjectInputFilter.Config.getSerialFilter();
        if (current == null) {
            ObjectInputFilter.Config.setSerialFilter(new TaskFilter());
        } else if (!(current instanceof TaskFilter)) {
            throw new IllegalStateException("a JVM-wide deserialization filter is already set (" + current
                    + "); alliance-sim's cluster needs its own");
        }
        installed = true;
    }

    /** Hazelcast's own filter: the same classes, its default block list on top. */
    static JavaSerializationFilterConfig hazelcastConfig() {
        ClassFilter allow = new ClassFilter();
        TASK_CLASSES.forEach(allow::addClasses);
        JDK_CLASSES.forEach(allow::addClasses);
        allow.addPrefixes("java.lang.", "java.util.", "java.io.", "java.net.", "java.util.concurrent.", "com.hazelcast.");
        return new JavaSerializationFilterConfig().setDefaultsDisabled(false).setWhitelist(allow);
    }
}
