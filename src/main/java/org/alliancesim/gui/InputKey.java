package org.alliancesim.gui;

import org.alliancesim.scenario.EventSpec;

/**
 * One input a scenario event or a teacher's control moves: its kind, whose it is, toward whom,
 * and which component or channel ({@code all}: every one). Two keys overlap when they can move the
 * same cell, which is how a teacher's change is kept from being undone by a scheduled event.
 *
 * @param type the kind of input (a scenario event's type)
 * @param state the state whose input it is
 * @param partner the other state of a pair input, or null (all, for offense; none otherwise)
 * @param detail the power component or gains channel, {@code all}, or null
 */
record InputKey(EventSpec.Type type, String state, String partner, String detail) {

    static InputKey of(EventSpec e) {
        String detail = switch (e.type()) {
            case POWER -> e.component();
            case GAINS -> e.channel();
            default -> null;
        };
        return new InputKey(e.type(), e.state(), e.partner(), detail);
    }

    boolean overlaps(InputKey o) {
        return type == o.type && state.equals(o.state) && same(partner, o.partner) && same(detail, o.detail);
    }

    /** Equal, or either side covers every value (null partner, "all" detail). */
    private static boolean same(String a, String b) {
        return a == null || b == null || a.equals(b) || a.equals("all") || b.equals("all");
    }
}
