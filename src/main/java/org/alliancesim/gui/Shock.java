package org.alliancesim.gui;

import org.alliancesim.model.AllianceModel;
import org.alliancesim.world.WorldInputs;

/**
 * The paper's termination conditions (docs/theory.md Tables 2 and 4) as shocks a teacher fires now:
 * each is one documented change of the focal state's inputs through the model's public methods.
 * The focal state's <em>partner</em> is the state it is most committed to (its desire breaking
 * ties), and its <em>threat</em> the state it perceives as most threatening other than the
 * partner. Perceived intents and delivered gains are signals: perception follows them with the
 * scenario's memory, so those shocks take a few steps to bite (as events in scenario files do).
 */
enum Shock {
    /** Walt's W1: the focal state comes to perceive aggressive intent (0.9) in its partner. */
    W1("partner turns hostile", "Walt's W1: the focal state comes to perceive aggressive intent in its partner.") {
        @Override
        String apply(AllianceModel m, int f) {
            int r = partner(m, f);
            m.setIntentSignal(f, r, 0.9);
            return id(m, r) + " intent -> 0.9";
        }
    },
    /** Walt's W2: the focal state no longer perceives its principal threat as aggressive (0.05). */
    W2("common threat recedes", "Walt's W2: the focal state no longer perceives its principal threat as aggressive.") {
        @Override
        String apply(AllianceModel m, int f) {
            int t = threat(m, f);
            if (t < 0) {
                return "no threat to recede";
            }
            m.setIntentSignal(f, t, 0.05);
            return id(m, t) + " intent -> 0.05";
        }
    },
    /** Walt's W3 (1997: 160): the focal state's military capability grows ten-fold. */
    W3("own military x10", "Walt's W3: the focal state's own military grows ten-fold, to face the threat alone.") {
        @Override
        String apply(AllianceModel m, int f) {
            int mil = m.inputs().militaryComponent();
            if (mil < 0) {
                scale(m.inputs(), f, 10, -1);
                return id(m, f) + " power x10";
            }
            m.inputs().setComponent(f, mil, m.inputs().component(f, mil) * 10);
            return id(m, f) + " military x10";
        }
    },
    /** Walt's W4: the focal state doubts its partner's loyalty (credibility 0.1). */
    W4("partner not credible", "Walt's W4: the focal state doubts the partner's loyalty.") {
        @Override
        String apply(AllianceModel m, int f) {
            int r = partner(m, f);
            m.inputs().setCredibility(f, r, 0.1);
            return id(m, r) + " credibility -> 0.1";
        }
    },
    /** Walt's W5: the first other faction the scenario declares for the focal state takes power. */
    W5("regime change", "Walt's W5: domestic change brings another faction (from the scenario) to power.") {
        @Override
        String apply(AllianceModel m, int f) {
            for (String faction : m.scenario().states().get(f).factions().keySet()) {
                if (!faction.equals(m.regime(f))) {
                    m.installRegime(f, faction);
                    return id(m, f) + " ruled by " + faction;
                }
            }
            return "no other faction for " + id(m, f);
        }
    },
    /** Walt's W6: the system's structure changes, the focal state's threat losing 90% of its power. */
    W6("threat loses 90% power", "Walt's W6: the structure changes; the principal threat loses 90% of its power.") {
        @Override
        String apply(AllianceModel m, int f) {
            int t = threat(m, f);
            if (t < 0) {
                return "no threat to decline";
            }
            scale(m.inputs(), t, 0.1, -1);
            return id(m, t) + " power x0.1";
        }
    },
    /** Schweller's S1: the bandwagoner becomes powerful itself (non-military power five-fold). */
    S1("own economy x5", "Schweller's S1: the bandwagoner becomes powerful itself.") {
        @Override
        String apply(AllianceModel m, int f) {
            scale(m.inputs(), f, 5, m.inputs().militaryComponent());
            return id(m, f) + " non-military x5";
        }
    },
    /** Schweller's S2: the partner delivers a tenth of the gains expected from it. */
    S2("gains not delivered", "Schweller's S2: the gains expected from the partner are not delivered.") {
        @Override
        String apply(AllianceModel m, int f) {
            int r = partner(m, f);
            m.setDeliveredSignal(f, r, 0.1);
            return id(m, r) + " delivery -> 0.1";
        }
    };

    private final String meaning;
    private final String description;

    Shock(String meaning, String description) {
        this.meaning = meaning;
        this.description = description;
    }

    /** A few words for the control's name. */
    String meaning() {
        return meaning;
    }

    /** A sentence for the control's tooltip. */
    String description() {
        return description;
    }

    /** Applies the shock to focal state f between steps; returns what changed, for the teacher. */
    abstract String apply(AllianceModel m, int f);

    /** The state f is most committed to (ties first, then f's own desire). */
    static int partner(AllianceModel m, int f) {
        int best = -1;
        double bestScore = -1;
        for (int j = 0; j < m.ties().size(); j++) {
            if (j == f) {
                continue;
            }
            double score = m.ties().commitment(f, j) * 10 + m.desire(f, j);
            if (score > bestScore) {
                bestScore = score;
                best = j;
            }
        }
        return best;
    }

    /** The state f perceives as most threatening other than its partner, or -1. */
    static int threat(AllianceModel m, int f) {
        return m.view().principalThreat(f, partner(m, f));
    }

    private static String id(AllianceModel m, int i) {
        return m.scenario().states().get(i).id();
    }

    /** Scales every power component of state i except {@code skip} (-1: none). */
    private static void scale(WorldInputs w, int i, double factor, int skip) {
        for (int c = 0; c < w.componentCount(); c++) {
            if (c != skip) {
                w.setComponent(i, c, w.component(i, c) * factor);
            }
        }
    }
}
