package org.alliancesim.world;

import java.lang.ref.SoftReference;

/**
 * The value built for the last key asked for, kept softly: what every run of one scenario starts
 * from and no run writes (the model's start world, {@link StartGeometry}). The first caller with
 * a key builds the value while later callers with that key wait for it and share it; a caller
 * with another key takes a slot of its own, so it neither waits for a build of another key nor
 * is waited for (a sweep's runs of different points on different threads).
 *
 * @param <K> the key, compared by {@link #same}
 * @param <V> the value, read only once built
 */
public abstract class LastBuilt<K, V> {
    private SoftReference<Slot<K, V>> last = new SoftReference<>(null);

    /** Builds a key's value (called once per slot, by its first caller). */
    public interface Builder<K, V> {
        V build(K key);
    }

    private static final class Slot<K, V> {
        private final K key;
        private V value;

        Slot(K key) {
            this.key = key;
        }

        synchronized V value(Builder<K, V> builder) {
            if (value == null) {
                value = builder.build(key);
            }
            return value;
        }
    }

    /** Whether two keys name the same value. */
    protected abstract boolean same(K a, K b);

    /** The value of {@code key}: the last one's if it is the same key, else built by {@code builder}. */
    public final V get(K key, Builder<K, V> builder) {
        Slot<K, V> slot;
        synchronized (this) { // guards the slot only: no value is built while it is held
            slot = last.get();
            if (slot == null || !same(slot.key, key)) {
                slot = new Slot<>(key);
                last = new SoftReference<>(slot);
            }
        }
        return slot.value(builder);
    }
}
