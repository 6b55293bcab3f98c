package org.alliancesim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One replication's perception noise drawn once and read by each of its theories: theories share
 * the replication's seed (common random numbers, {@code experiment.Seeds}), so under the default
 * generator ({@link PerceptionNoise}, {@code xoroshiro128plusplus}) every theory's run draws the
 * same stream, and a run of six theories made those draws six times (about 0.1 s of CPU of a
 * 100-step run of the 2010 world, 22.5 million draws). The tape keeps the stream's draws in blocks
 * as the first run to need them makes them; each run reads them through its own {@link #reader()}
 * from the first draw on, so it sees exactly the values, in the same order, that a source of its
 * own would give, whatever the order or the threads the runs take. Memory is bounded by a
 * {@link Budget} shared by the tapes alive at once: when it is spent the tape stops, and a reader
 * that reaches its end goes on with a copy of the generator as the tape left it (the state right
 * after the last stored draw), so its draws are still the stream's.
 */
public final class NoiseTape {
    /** The first block's draws; each further block doubles, up to {@link #MAX_BLOCK}. */
    static final int FIRST_BLOCK = 1 << 10;
    /** The largest block: 65,536 draws (512 KiB). */
    static final int MAX_BLOCK = 1 << 16;
    private static final double[] EMPTY = {};

    /**
     * The draws the tapes of one command may hold at once, shared by them: a run of many
     * replications of a large world keeps only the first few tapes whole, and its other runs draw
     * their own as before.
     */
    public static final class Budget {
        /** The default: 8 Mi draws, 64 MiB (a 100-step run of the 2010 world draws 3.7 million). */
        public static final long DEFAULT_DRAWS = 8L << 20;
        private long left;

        public Budget(long draws) {
            this.left = draws;
        }

        synchronized boolean take(int draws) {
            if (draws > left) {
                return false;
            }
            left -= draws;
            return true;
        }

        synchronized void give(long draws) {
            left += draws;
        }

        /** Draws not held by any tape. */
        public synchronized long left() {
            return left;
        }
    }

    private final long seed;
    private final Budget budget;
    /** The stream's source, always right after the last stored draw. */
    private final PerceptionNoise.Xoroshiro generator;
    private final List<double[]> blocks = new ArrayList<>();
    private long held;
    /** Whether the budget refused a block: the tape holds what it has and makes no more. */
    private boolean ended;
    /** Whether the draws were let go ({@link #release}): no reader may start again. */
    private boolean released;

    /** The stream of {@code seed} under the default generator, held within {@code budget}. */
    public NoiseTape(long seed, Budget budget) {
        this.seed = seed;
        this.budget = budget;
        this.generator = new PerceptionNoise.Xoroshiro(seed);
    }

    /** The seed whose stream this is. */
    public long seed() {
        return seed;
    }

    /** A source that reads this stream from its first draw. */
    PerceptionNoise reader() {
        return new Reader(this);
    }

    /** Block k of the stream, made (with those before it) when first asked for; null past the tape's end. */
    private synchronized double[] block(int k) {
        if (released) {
            throw new IllegalStateException("noise tape of seed " + seed + " read after its release");
        }
        while (blocks.size() <= k && !ended) {
            int size = Math.min(MAX_BLOCK, FIRST_BLOCK << Math.min(blocks.size(), 6));
            if (!budget.take(size)) {
                ended = true;
                break;
            }
            double[] b = new double[size];
            generator.nextGaussians(b, size);
            blocks.add(b);
            held += size;
        }
        return k < blocks.size() ? blocks.get(k) : null;
    }

    /** A generator at the tape's end (the budget refused its next block), to draw on from there. */
    private synchronized PerceptionNoise continuation(int k) {
        if (released || k != blocks.size()) {
            throw new IllegalStateException("noise tape of seed " + seed + " continued at block " + k);
        }
        return generator.copy();
    }

    /** Lets the draws go and gives their room back to the budget (the runs that read it are done). */
    public synchronized void release() {
        blocks.clear();
        budget.give(held);
        held = 0;
        ended = true;
        released = true;
    }

    /** One run's position on the tape. */
    static final class Reader extends PerceptionNoise {
        private final NoiseTape tape;
        private double[] block = EMPTY;
        private int pos;
        private int index = -1;
        /** Past the tape's end: the run's own source, from the tape's end on. */
        private PerceptionNoise own;

        Reader(NoiseTape tape) {
            this.tape = tape;
        }

        @Override
        public double nextGaussian() {
            return pos < block.length ? block[pos++] : next();
        }

        @Override
        public void nextGaussians(double[] into, int count) {
            int done = 0;
            while (done < count) {
                if (pos == block.length && !advance()) {
                    if (done == 0) {
                        own.nextGaussians(into, count);
                    } else {
                        for (int k = done; k < count; k++) { // once per run: the row the tape ends in
                            into[k] = own.nextGaussian();
                        }
                    }
                    return;
                }
                int take = Math.min(count - done, block.length - pos);
                System.arraycopy(block, pos, into, done, take);
                pos += take;
                done += take;
            }
        }

        /** Moves to the next block; false past the tape's end (then {@link #own} draws). */
        private boolean advance() {
            if (own != null) {
                return false;
            }
            double[] b = tape.block(++index);
            if (b != null) {
                block = b;
                pos = 0;
                return true;
            }
            own = tape.continuation(index);
            block = EMPTY;
            pos = 0;
            return false;
        }

        private double next() {
            return advance() ? block[pos++] : own.nextGaussian();
        }
    }
}
