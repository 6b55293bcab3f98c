package org.alliancesim.scenario;

/**
 * A class whose loading or construction leaves a trace: {@link HostileYamlTest} names it in a YAML
 * type tag and checks the trace never appears. Nothing else may refer to this class.
 */
public final class ConstructionProbe {
    static final String TRACE = "alliancesim.constructionProbe";

    static {
        System.setProperty(TRACE, "class initialised");
    }

    public ConstructionProbe() {
        System.setProperty(TRACE, "constructed");
    }

    public ConstructionProbe(String any) {
        System.setProperty(TRACE, "constructed with " + any);
    }
}
