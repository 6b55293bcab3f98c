package org.alliancesim.history;

/** {@link DyadCovariates} held in arrays by state index. */
record ArrayCovariates(double[][] km, int[][] contiguityType, double[][] un) implements DyadCovariates {

    @Override
    public double distanceKm(int i, int j) {
        return km[i][j];
    }

    @Override
    public boolean contiguous(int i, int j) {
        return contiguityType[i][j] > 0;
    }

    @Override
    public double unDistance(int i, int j) {
        return i == j ? 0 : un[i][j];
    }
}
