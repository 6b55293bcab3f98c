package org.alliancesim.decision;

import org.alliancesim.param.Range;
import org.alliancesim.world.Clip;
import org.alliancesim.world.Versioned;
import org.alliancesim.world.WorldView;

/**
 * Economic interdependence (Keohane and Nye 1977): dense economic ties draw states together.
 * i's desire toward j is i's dependence on trade with j, {@code min(1, trade_ij / fullShare)}:
 * a partner carrying {@code fullShare} of i's trade or more draws full commitment.
 */
public final class Interdependence implements DecisionModule {

    /**
     * Parameters (scenario key {@code parameters.interdependence}).
     *
     * @param fullShare share of a state's trade with a partner that draws full commitment
     */
    public record Params(@Range(min = 0.001, max = 1) double fullShare) {
        public static final Params DEFAULTS = new Params(0.25);
    }

    private final Params p;
    private final RowMemo memo = new RowMemo(Versioned.TRADE);
    private final RowMemo.Cell cell = (w, i, j) -> decide(w, i, j, Factors.NONE);

    public Interdependence(Params p) {
        this.p = p;
    }

    @Override
    public String name() {
        return "interdependence";
    }

    /**
     * The row depends on trade alone, which only events change: it is kept between steps
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
        double share = w.trade(i, j);
        if (out.enabled()) {
            out.put("trade share", share);
        }
        return Clip.atMostOne(share / p.fullShare());
    }
}
