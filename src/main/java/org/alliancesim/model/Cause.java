package org.alliancesim.model;

/**
 * Why a tie fell, in the paper's terms (docs/theory.md Tables 2 and 4). Each cause is a group of
 * inputs; the attribution names the group whose change since the tie's peak accounts for most of
 * the deciding state's lost desire (see {@link CauseAttributor}).
 */
public enum Cause {
    /** The deciding state now perceives a threat from its partner (intent or offense toward it). */
    W1("threat perceived from the partner"),
    /** The deciding state's or its partner's perception of third parties' intentions changed (the allies' view of the outside party). */
    W2("perceived intent of third parties"),
    /** The deciding state's own military capability changed (it can face the threat alone). */
    W3("own military capability"),
    /** The deciding state's trust in its partners changed. */
    W4("credibility of partners"),
    /** The deciding state's ruling faction changed, and with it what its elites perceive and want. */
    W5("domestic regime change"),
    /** Other states' power or power projection changed: the structure of the system. */
    W6("power of other states"),
    /** The deciding state's own non-military power changed (it became powerful itself). */
    S1("own non-military power"),
    /** The gains the deciding state expects from, or sees delivered by, its partners changed. */
    S2("expected or delivered gains"),
    /** Anything else (trade, identity, own aims or offense), or no input change at all (noise). */
    OTHER("other");

    private final String meaning;

    Cause(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** The label written in outputs: {@code W1}..{@code S2}, {@code other}. */
    public String label() {
        return this == OTHER ? "other" : name();
    }
}
