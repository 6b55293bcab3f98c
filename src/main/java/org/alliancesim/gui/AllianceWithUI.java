package org.alliancesim.gui;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import javax.swing.JFrame;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The teaching GUI: a MASON console around the same {@link AllianceModel} the command line runs,
 * with a map of states and ties ({@link MapFields}), two live charts ({@link LiveCharts}), live
 * controls in the Model tab ({@link Controls}), per-state inspectors ({@link StateInspector}) and
 * an About page ({@code index.html} beside this class). The model knows nothing of any of this.
 */
public final class AllianceWithUI extends GUIState {
    private static final int CONSOLE_WIDTH = 500;
    private final AllianceModel model;
    private final Controls controls;
    private final MapFields map;
    private final Rectangle screen;
    private final Rectangle mapArea;
    private final ContinuousPortrayal2D statesPortrayal = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D tiesPortrayal = new NetworkPortrayal2D();
    private final NetworkPortrayal2D threatsPortrayal = new NetworkPortrayal2D();
    private LiveCharts charts;
    private Display2D display;
    private LegendPanel legend;
    private JFrame mapFrame;
    private JFrame tiesFrame;
    private JFrame threatFrame;

    /**
     * @param scenario the scenario
     * @param theory the focal states' decision module (null: as the scenario says)
     * @param seed the run's seed
     */
    public AllianceWithUI(Scenario scenario, String theory, long seed) {
        super(new AllianceModel(scenario, theory, seed));
        model = (AllianceModel) state;
        model.start(); // so the map and the controls show step 0 before the first press of play
        controls = new Controls(model, scenario);
        controls.reset();
        screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int w = screen.width - CONSOLE_WIDTH;
        int h = (int) (screen.height * 0.6);
        mapArea = new Rectangle(screen.x + CONSOLE_WIDTH, screen.y, w, h);
        // the display's drawing area: the frame less its header and borders
        map = new MapFields(model, (w - 20) / (double) (h - 70 - LegendPanel.HEIGHT));
    }

    public static String getName() {
        return "alliance-sim: who aligns with whom, and why";
    }

    public AllianceModel model() {
        return model;
    }

    Controls controls() {
        return controls;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return controls;
    }

    @Override
    public Inspector getInspector() {
        Inspector i = super.getInspector();
        i.setVolatile(true); // values move with the model and with fired events
        return i;
    }

    @Override
    public Controller createController() {
        Console c = new Console(this);
        c.setNewMenuAllowed(false);
        c.setBounds(screen.x, screen.y, CONSOLE_WIDTH, screen.height);
        c.setVisible(true);
        return c;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        legend = new LegendPanel(this::modulesInUse, controls::threatThreshold);
        display = new Display2D(mapArea.width - 20, mapArea.height - 70 - LegendPanel.HEIGHT, this);
        display.setBackdrop(MapStyle.BACKGROUND);
        display.attach(new Graticule(map.projection), "Graticule");
        display.attach(threatsPortrayal, "Threats");
        display.attach(tiesPortrayal, "Ties"); // over the arrows, so tie labels stay readable
        display.attach(statesPortrayal, "States");
        mapFrame = display.createFrame();
        mapFrame.getContentPane().add(legend, java.awt.BorderLayout.SOUTH);
        mapFrame.setTitle("Map: " + model.scenario().name() + " (double-click a state to see why it aligns)");
        mapFrame.setBounds(mapArea);
        show(c, mapFrame);
        charts = new LiveCharts();
        int chartTop = mapArea.y + mapArea.height;
        int chartWidth = mapArea.width / 2;
        Dimension size = new Dimension(chartWidth, screen.y + screen.height - chartTop);
        tiesFrame = charts.ties.createFrame();
        tiesFrame.setBounds(mapArea.x, chartTop, size.width, size.height);
        show(c, tiesFrame);
        threatFrame = charts.threat.createFrame();
        threatFrame.setBounds(mapArea.x + chartWidth, chartTop, size.width, size.height);
        show(c, threatFrame);
        bindMap(); // step 0 is on the map before the first press of play
        charts.start(model);
        controls.onChange(() -> {
            map.refresh(model, controls.threatThreshold());
            display.repaint();
            legend.repaint();
        });
    }

    private static void show(Controller c, JFrame f) {
        c.registerFrame(f);
        f.setVisible(true);
    }

    private java.util.List<String> modulesInUse() {
        java.util.Set<String> used = new java.util.TreeSet<>();
        for (int i = 0; i < model.scenario().states().size(); i++) {
            used.add(model.moduleName(i));
        }
        return java.util.List.copyOf(used);
    }

    @Override
    public void start() {
        super.start();
        controls.reset();
        begin();
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        begin();
    }

    /** Binds the map to the fresh run and records each step after the model's own phases. */
    private void begin() {
        bindMap();
        if (charts != null) {
            charts.start(model);
        }
        scheduleRepeatingImmediatelyAfter(st -> {
            map.refresh(model, controls.threatThreshold());
            if (charts != null) {
                charts.record(model);
            }
            if (legend != null) {
                legend.repaint();
            }
        });
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** Points the map's portrayals at the fields, showing the model as it stands. */
    private void bindMap() {
        statesPortrayal.setField(map.states);
        statesPortrayal.setPortrayalForAll(new StatePortrayal());
        tiesPortrayal.setField(new SpatialNetwork2D(map.states, map.ties));
        tiesPortrayal.setPortrayalForAll(new TiePortrayal());
        threatsPortrayal.setField(new SpatialNetwork2D(map.states, map.threats));
        threatsPortrayal.setPortrayalForAll(new ThreatPortrayal());
        map.refresh(model, controls.threatThreshold());
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame f : new JFrame[] {mapFrame, tiesFrame, threatFrame}) {
            if (f != null) {
                f.dispose();
            }
        }
        display = null;
    }
}
