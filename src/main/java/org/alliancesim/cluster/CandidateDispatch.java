package org.alliancesim.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Hands one batch of candidates to the members of a cluster and gathers their objectives back in
 * candidate order, whatever order they finish in: each member holds at most {@code perMember}
 * candidates at once; a candidate whose member refuses it (another build, no data) or is lost
 * (left, killed) goes back to the front of the queue and runs elsewhere; the first objective
 * returned for a candidate is kept and any later copy ignored; a candidate that fails (as it would
 * anywhere) stops the calibration. Members that refused once get no more work. Knows nothing of
 * Hazelcast ({@link Members} is the cluster), so its logic is tested alone.
 *
 * @param <M> a member
 */
final class CandidateDispatch<M> {
    /** The cluster as the dispatch sees it. */
    interface Members<M> {
        /** The members now in the cluster (empty when the connection is gone). */
        List<M> current();

        /** Why a member must get no work (e.g. it runs another build), or null. */
        String unfit(M member);

        /** Whether the client is still connected. */
        boolean connected();

        /** Starts candidate {@code index} on {@code member}; exactly one of the callbacks is called, once. */
        void submit(M member, int index, Consumer<CandidateOutcome> done, Consumer<Throwable> lost);

        String name(M member);
    }

    private record Completion<M>(int index, long attempt, M member, CandidateOutcome outcome, Throwable error) {
    }

    private final Members<M> members;
    private final int perMember;
    private final long graceMillis;
    private final int maxAttempts;
    private final Consumer<String> say;
    private final IntConsumer membersSeen;
    private final Set<M> refused = new HashSet<>();
    private final Map<M, Long> suspectUntil = new HashMap<>();
    private int lastCount = -1;

    /**
     * @param graceMillis how long a batch waits with no usable member before it gives up
     * @param say told what happens to members (refused, lost)
     * @param membersSeen told the number of usable members whenever it changes
     */
    CandidateDispatch(Members<M> members, int perMember, long graceMillis, int maxAttempts, Consumer<String> say,
                      IntConsumer membersSeen) {
        this.members = members;
        this.perMember = perMember;
        this.graceMillis = graceMillis;
        this.maxAttempts = maxAttempts;
        this.say = say;
        this.membersSeen = membersSeen;
    }

    /** The objectives of candidates {@code 0..n-1}, in that order. */
    double[] run(int n) throws ClusterException, InterruptedException {
        double[] result = new double[n];
        boolean[] have = new boolean[n];
        int filled = 0;
        Deque<Integer> todo = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            todo.add(i);
        }
        BlockingQueue<Completion<M>> completions = new LinkedBlockingQueue<>();
        Map<Integer, Long> current = new HashMap<>();
        Map<M, Integer> load = new HashMap<>();
        Map<Integer, Integer> attempts = new HashMap<>();
        long nextAttempt = 0;
        long idleSince = 0;
        while (filled < n) {
            if (!members.connected()) {
                throw gone(filled, n);
            }
            List<M> usable = usable();
            if (usable.size() != lastCount) {
                lastCount = usable.size();
                membersSeen.accept(lastCount);
            }
            if (usable.isEmpty() && current.isEmpty()) {
                idleSince = idleSince == 0 ? System.currentTimeMillis() : idleSince;
                if (System.currentTimeMillis() - idleSince > graceMillis) {
                    throw gone(filled, n);
                }
            } else {
                idleSince = 0;
            }
            for (M m : usable) {
                while (!todo.isEmpty() && load.getOrDefault(m, 0) < perMember) {
                    int i = todo.poll();
                    if (attempts.merge(i, 1, Integer::sum) > maxAttempts) {
                        throw new ClusterException("candidate " + i + " of the generation failed on " + maxAttempts
                                + " attempts; giving up");
                    }
                    long id = ++nextAttempt;
                    current.put(i, id);
                    load.merge(m, 1, Integer::sum);
                    try {
                        members.submit(m, i, o -> completions.add(new Completion<>(i, id, m, o, null)),
                                t -> completions.add(new Completion<>(i, id, m, null, t)));
                    } catch (RuntimeException e) {
                        completions.add(new Completion<>(i, id, m, null, e));
                    }
                }
            }
            Completion<M> c = completions.poll(200, TimeUnit.MILLISECONDS);
            for (; c != null; c = completions.poll()) {
                load.merge(c.member(), -1, Integer::sum);
                boolean live = Long.valueOf(c.attempt()).equals(current.get(c.index()));
                CandidateOutcome o = c.outcome();
                if (o != null && o.isDone()) {
                    if (!have[c.index()]) {
                        have[c.index()] = true;
                        result[c.index()] = o.objective();
                        filled++;
                    }
                    current.remove(c.index());
                    todo.remove(c.index());
                    continue;
                }
                if (!live || have[c.index()]) {
                    continue;
                }
                current.remove(c.index());
                if (o != null && o.failure() != null) {
                    throw new ClusterException("candidate " + c.index() + " of the generation failed on member "
                            + members.name(c.member()) + ": " + o.failure());
                }
                if (o != null) {
                    refused.add(c.member());
                    say.accept("member " + members.name(c.member()) + " refused a candidate: " + o.refusal());
                } else {
                    suspectUntil.put(c.member(), System.currentTimeMillis() + 5_000);
                    say.accept("member " + members.name(c.member()) + " lost a candidate ("
                            + c.error().getClass().getSimpleName() + "); it runs again elsewhere");
                }
                todo.addFirst(c.index());
            }
        }
        return result;
    }

    private List<M> usable() {
        List<M> out = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (M m : members.current()) {
            if (refused.contains(m)) {
                continue;
            }
            String why = members.unfit(m);
            if (why != null) {
                refused.add(m);
                say.accept("refusing member " + members.name(m) + ": " + why);
                continue;
            }
            if (suspectUntil.getOrDefault(m, 0L) <= now) {
                out.add(m);
            }
        }
        return out;
    }

    private ClusterException gone(int filled, int n) {
        return new ClusterException("no usable worker is left in the cluster (every member has left, or was refused) with "
                + (n - filled) + " of the generation's " + n + " candidates to evaluate; the calibration stops and"
                + " writes nothing (run it again, or without --cluster)");
    }
}
