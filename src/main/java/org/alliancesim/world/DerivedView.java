package org.alliancesim.world;

/**
 * The part of a {@link WorldView} every assessment shares: the raw inputs, passed through
 * unchanged. Subclasses add the derived quantities (eagerly in {@link Assessment}, on demand in
 * {@link LazyAssessment}).
 */
abstract class DerivedView implements WorldView {
    protected final Inputs in;
    protected final int n;

    DerivedView(Inputs in) {
        this.in = in;
        this.n = in.size();
    }

    @Override public final int size() { return n; }
    @Override public final String id(int i) { return in.id(i); }
    @Override public final double distanceKm(int i, int j) { return in.distanceKm(i, j); }
    @Override public final int componentCount() { return in.componentCount(); }
    @Override public final String componentName(int c) { return in.componentName(c); }
    @Override public final int militaryComponent() { return in.militaryComponent(); }
    @Override public final double component(int i, int c) { return in.component(i, c); }
    @Override public final double reach(int i) { return in.reach(i); }
    @Override public final double offense(int j, int i) { return in.offense(j, i); }
    @Override public final double intent(int i, int j) { return in.intent(i, j); }
    @Override public final double credibility(int i, int j) { return in.credibility(i, j); }
    @Override public final double gain(int i, int j, Channel ch) { return in.gain(i, j, ch); }
    @Override public final double delivered(int i, int j) { return in.delivered(i, j); }
    @Override public final double trade(int i, int j) { return in.trade(i, j); }
    @Override public final double identity(int i, int j) { return in.identity(i, j); }
    @Override public final Revisionism revisionism(int i) { return in.revisionism(i); }

    /** The rows of the raw inputs, read from the store when the inputs are one ({@link Row#CREDIBILITY}). */
    @Override
    public double[] row(Row what, int i, int k, double[] into) {
        if (what == Row.CREDIBILITY && in instanceof WorldInputs w) {
            return w.credibilityValues(i);
        }
        return WorldView.super.row(what, i, k, into);
    }

    /** i's row of perceived intent: the store's own when the inputs are one, else read into {@code into}. */
    protected final double[] intentRow(int i, double[] into) {
        return in.intentValues(i, into);
    }
}
