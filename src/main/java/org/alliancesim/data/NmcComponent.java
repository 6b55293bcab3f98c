package org.alliancesim.data;

/** The six components of the COW National Material Capabilities data, with their column names. */
public enum NmcComponent {
    /** Military expenditure (thousands of current US dollars; before 1914, of UK pounds). */
    MILEX("milex"),
    /** Military personnel (thousands). */
    MILPER("milper"),
    /** Iron and steel production (thousands of tons). */
    IRST("irst"),
    /** Primary energy consumption (thousands of coal-ton equivalents). */
    PEC("pec"),
    /** Total population (thousands). */
    TPOP("tpop"),
    /** Urban population (thousands). */
    UPOP("upop");

    private final String column;

    NmcComponent(String column) {
        this.column = column;
    }

    /** The column name in the COW file. */
    public String column() {
        return column;
    }
}
