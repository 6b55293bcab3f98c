package org.alliancesim.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.history.CowPower;
import org.alliancesim.scenario.FactionSpec;
import org.alliancesim.scenario.GainSpec;
import org.alliancesim.scenario.StateSpec;

/**
 * {@link YearInputs} as scenario states: ids are COW abbreviations, {@code module} is null, each
 * input the data gives is set and the rest keep the loader's defaults (offense 0.5, reach 1, no
 * trade, no gains, no identity). A scored regime is both the identity trait {@code regime} and the
 * state's named regime (a faction with no overrides), so a regime change between two years shows
 * in identity and in {@link StateSpec#regime()} (W5).
 */
public final class StateSpecs {
    /** Offense where the data give none: the scenario loader's default. */
    public static final double DEFAULT_OFFENSE = 0.5;

    private StateSpecs() {
    }

    public static List<StateSpec> of(YearInputs in) {
        int n = in.size();
        List<StateSpec> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Double> power = new LinkedHashMap<>();
            for (int c = 0; c < CowPower.COMPONENTS.size(); c++) {
                power.put(CowPower.COMPONENTS.get(c), in.power()[i][c]);
            }
            Map<String, Double> toward = new LinkedHashMap<>();
            Map<String, Double> perceives = new LinkedHashMap<>();
            Map<String, Double> trade = new LinkedHashMap<>();
            Map<String, GainSpec> gains = new LinkedHashMap<>();
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                String other = in.ids()[j];
                if (!Double.isNaN(in.offenseToward()[i][j])) {
                    toward.put(other, in.offenseToward()[i][j]);
                }
                if (in.intent() != null) {
                    perceives.put(other, in.intent()[i][j]);
                }
                if (in.trade() != null && in.trade()[i][j] > 0) {
                    trade.put(other, in.trade()[i][j]);
                }
                if (in.gains()[i][j] != null) {
                    gains.put(other, in.gains()[i][j]);
                }
            }
            String regime = in.regime()[i];
            Map<String, String> identity = regime == null ? Map.of() : Map.of("regime", regime);
            Map<String, FactionSpec> factions = regime == null ? Map.of()
                    : Map.of(regime, new FactionSpec(Map.of(), Map.of(), Map.of(), null));
            double offense = Double.isNaN(in.offense()[i]) ? DEFAULT_OFFENSE : in.offense()[i];
            out.add(new StateSpec(in.ids()[i], in.names()[i], in.lat()[i], in.lon()[i], power, in.reach()[i], offense,
                    toward, in.revisionism()[i], null, perceives, Map.of(), gains, trade, identity, regime, factions));
        }
        return out;
    }
}
