package org.alliancesim.backtest.atop;

/** Test views of an alliance table: the same source and years, its obligations read through a function. */
public final class TableViews {
    private TableViews() {
    }

    /** How a view answers {@code obligations(year, a, b)}, given the table it wraps. */
    @FunctionalInterface
    public interface Reader {
        int obligations(AllianceTable inner, int year, int a, int b);
    }

    /** {@code t}'s source and years, its obligations as {@code reader} gives them. */
    public static AllianceTable reading(AllianceTable t, Reader reader) {
        return new AllianceTable() {
            @Override
            public String source() {
                return t.source();
            }

            @Override
            public int firstYear() {
                return t.firstYear();
            }

            @Override
            public int lastYear() {
                return t.lastYear();
            }

            @Override
            public int obligations(int year, int a, int b) {
                return reader.obligations(t, year, a, b);
            }
        };
    }
}
