package org.alliancesim.output;

import javax.swing.LookAndFeel;
import javax.swing.UIDefaults;
import javax.swing.plaf.ColorUIResource;

/**
 * The Swing look and feel of commands that write figures and show no window: one default, the
 * one JFreeChart reads. JFreeChart 1.0.19's {@code JFreeChart} class takes its default
 * background from {@code UIManager.getColor("Panel.background")} when it is first loaded, and
 * that makes Swing set up its default look and feel (Metal: a table of several hundred
 * defaults, 95 lambdas bootstrapped): about 24 ms of CPU in the first figure of a run, for one
 * colour. This gives the same colour (Metal's, {@code FigureLookTest} compares them) and nothing
 * else, so it suits no Swing component: {@code cli.Main} installs it for every command but
 * {@code gui}.
 */
public final class FigureLook extends LookAndFeel {
    /** The system property Swing reads its default look and feel from, once, when it starts. */
    static final String PROPERTY = "swing.defaultlaf";

    /**
     * Makes this the look and feel Swing starts with, unless one was chosen already (with
     * {@code -Dswing.defaultlaf}). Call before anything touches Swing, in a process that shows no
     * Swing component.
     */
    public static void install() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, FigureLook.class.getName());
        }
    }

    @Override
    public UIDefaults getDefaults() {
        UIDefaults d = new UIDefaults(4, 0.75f);
        d.put("Panel.background", new ColorUIResource(238, 238, 238));
        return d;
    }

    @Override
    public String getName() {
        return "alliance-sim figures";
    }

    @Override
    public String getID() {
        return "AllianceSimFigures";
    }

    @Override
    public String getDescription() {
        return "The one default JFreeChart reads, for commands that write figures and show no window";
    }

    @Override
    public boolean isNativeLookAndFeel() {
        return false;
    }

    @Override
    public boolean isSupportedLookAndFeel() {
        return true;
    }
}
