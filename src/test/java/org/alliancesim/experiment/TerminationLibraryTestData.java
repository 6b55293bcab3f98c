package org.alliancesim.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.alliancesim.model.Cause;

/** The termination scenarios (file name without .yaml) and the condition each replays. */
final class TerminationLibraryTestData {
    static final Map<String, Cause> CONDITIONS = new LinkedHashMap<>();

    static {
        CONDITIONS.put("w1-iran-perceives-russian-threat", Cause.W1);
        CONDITIONS.put("w2-us-threat-recedes", Cause.W2);
        CONDITIONS.put("w3-iran-military-grows", Cause.W3);
        CONDITIONS.put("w4-russia-credibility-collapses", Cause.W4);
        CONDITIONS.put("w5-iran-looks-west", Cause.W5);
        CONDITIONS.put("w6-us-decline", Cause.W6);
        CONDITIONS.put("w6-russia-decline", Cause.W6);
        CONDITIONS.put("s1-iran-becomes-powerful", Cause.S1);
        CONDITIONS.put("s2-gains-not-delivered", Cause.S2);
    }

    private TerminationLibraryTestData() {
    }
}
