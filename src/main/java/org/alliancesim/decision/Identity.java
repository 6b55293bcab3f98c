package org.alliancesim.decision;

import org.alliancesim.param.Range;
import org.alliancesim.world.Clip;
import org.alliancesim.world.Versioned;
import org.alliancesim.world.WorldView;

/**
 * Identity (constructivist accounts, e.g. Wendt 1999; Barnett 1996): states align with those who
 * share their identity and norms. i's desire toward j rises linearly from zero at
 * {@code threshold} to one at complete similarity, where similarity is the weighted share of
 * identity traits the two share (scenario key {@code identity} of each state).
 */
public final class Identity implements DecisionModule {

    /**
     * Parameters (scenario key {@code parameters.identity}).
     *
     * @param threshold similarity below which shared identity draws no commitment
     */
    public record Params(@Range(min = 0, max = 0.99) double threshold) {
        public static final Params DEFAULTS = new Params(0.2);
    }

    private final Params p;
    private final RowMemo memo = new RowMemo(Versioned.IDENTITY);
    private final RowMemo.Cell cell = (w, i, j) -> decide(w, i, j, Factors.NONE);

    public Identity(Params p) {
        this.p = p;
    }

    @Override
    public String name() {
        return "identity";
    }

    /**
     * The row depends on identity alone, which only events change: it is kept between steps
     * ({@link RowMemo}) and derived again when the view counts a change.
     */
    @Override
    public void desires(WorldView w, int i, double[] row) {
        System.arraycopy(memo.row(w, i, cell), 0, row, 0, row.length);
    }

    @Override
    public double decide(WorldView w, int i, int j, Factors out) {
        if (i == j) {
            return 0;
        }
        double similarity = w.identity(i, j);
        if (out.enabled()) {
            out.put("shared identity", similarity);
        }
        return Clip.positivePart((similarity - p.threshold()) / (1 - p.threshold()));
    }
}
