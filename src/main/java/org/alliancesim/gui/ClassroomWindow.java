package org.alliancesim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.SpinnerNumberModel;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import org.alliancesim.decision.Theories;
import org.alliancesim.param.Ranges;
import org.alliancesim.scenario.GainSpec;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.StateSpec;
import org.alliancesim.world.PerceptionParams;

/**
 * The classroom GUI: one window with the clock (play, pause, step, restart, speed in steps per
 * second, the seed, and the date in the scenario's unit), the controls a teacher moves (the
 * scenario library's shocks, a pair's inputs, every state's theory), one or two runs side by
 * side ({@link RunView}: map, charts, event log), the About page and the chosen state's
 * report. A run stops at the scenario's last step unless told to go on. Every control acts on
 * every run shown, so two theories meet the same shock.
 */
public final class ClassroomWindow {
    static final int DEFAULT_SPEED = 8;
    private final Scenario scenario;
    private final List<Session> sessions = new ArrayList<>();
    private final List<RunView> views = new ArrayList<>();
    private final List<LibraryShock> shocks;
    private final JFrame frame;
    private final Timer timer;
    private final JButton play = new JButton("Play");
    private final JLabel date = new JLabel();
    private final JSlider speed = new JSlider(1, 30, DEFAULT_SPEED);
    private final JLabel speedLabel = new JLabel();
    private final JSpinner seed;
    private final JCheckBox stopAtEnd = new JCheckBox("stop at the scenario's last step", true);
    private final JCheckBox override = new JCheckBox("scheduled events may override my changes", false);
    private final JEditorPane about = new JEditorPane("text/html", "");
    private final JEditorPane report = new JEditorPane("text/html", "");
    private final List<PairSlider> sliders = new ArrayList<>();
    private final JComboBox<String> fromBox;
    private final JComboBox<String> towardBox;
    private final JPanel theoryPanel = new JPanel();
    private final JTabbedPane side = new JTabbedPane();
    private int from;
    private int toward;
    private int inspected;
    private boolean stoppedLogged;
    private String aboutShown;

    /**
     * @param scenario the scenario
     * @param theories one focal theory per run shown (one: a single run; two: side by side;
     *     a null entry: as the scenario says)
     * @param seed the seed every run starts from
     * @param shocks the scenario library's shocks that apply to this scenario
     */
    public ClassroomWindow(Scenario scenario, List<String> theories, long seed, List<LibraryShock> shocks) {
        this.scenario = scenario;
        this.shocks = List.copyOf(shocks);
        for (String t : theories) {
            sessions.add(new Session(scenario, t, seed));
        }
        Session first = sessions.get(0);
        from = first.focal();
        toward = defaultPartner(first);
        inspected = first.focal();
        String[] names = scenario.states().stream().map(s -> s.name()).toArray(String[]::new);
        fromBox = new JComboBox<>(names);
        towardBox = new JComboBox<>(names);
        this.seed = new JSpinner(new SpinnerNumberModel(Long.valueOf(seed), Long.valueOf(Long.MIN_VALUE),
                Long.valueOf(Long.MAX_VALUE), Long.valueOf(1)));
        timer = new Timer(1000 / DEFAULT_SPEED, e -> advance());
        frame = new JFrame("alliance-sim: " + scenario.name() + " \u2014 who aligns with whom, and why");
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.getContentPane().add(toolbar(), BorderLayout.NORTH);
        JPanel runs = new JPanel(new GridLayout(1, sessions.size(), 6, 0));
        for (Session s : sessions) {
            RunView v = new RunView(s);
            v.map.onSelect(this::inspect);
            views.add(v);
            runs.add(v);
        }
        frame.getContentPane().add(runs, BorderLayout.CENTER);
        side.addTab("Controls", new JScrollPane(controls(), JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER));
        about.setEditable(false);
        report.setEditable(false);
        side.addTab("About", new JScrollPane(about));
        side.addTab("State", new JScrollPane(report));
        side.setPreferredSize(new Dimension(360, 600));
        side.addChangeListener(e -> {
            if (side.getSelectedIndex() == side.indexOfTab("State")) {
                showReport();
            }
        });
        frame.getContentPane().add(side, BorderLayout.WEST);
        int n = scenario.states().size();
        if (n > 20) {
            setMaxShown(15);
        }
        refresh();
    }

    /** The state the focal one is most committed to, else the one it most wants. */
    private static int defaultPartner(Session s) {
        var m = s.model();
        int f = s.focal();
        int best = -1;
        double score = -1;
        for (int j = 0; j < s.scenario().states().size(); j++) {
            double v = j == f ? -1 : m.ties().commitment(f, j) * 10 + m.desire(f, j);
            if (v > score) {
                score = v;
                best = j;
            }
        }
        return best;
    }

    public JFrame frame() {
        return frame;
    }

    List<Session> sessions() {
        return sessions;
    }

    List<RunView> views() {
        return views;
    }

    /** The pair's k-th slider (intent, credibility, gains, power, noise), for scripted use. */
    PairSlider slider(int k) {
        return sliders.get(k);
    }

    List<LibraryShock> shocks() {
        return shocks;
    }

    private JComponent toolbar() {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
        JButton step = new JButton("Step");
        JButton restart = new JButton("Restart");
        play.addActionListener(e -> {
            if (timer.isRunning()) {
                pause();
            } else {
                play();
            }
        });
        step.addActionListener(e -> {
            pause();
            advance();
        });
        restart.addActionListener(e -> restart());
        speed.addChangeListener(e -> {
            timer.setDelay(1000 / speed.getValue());
            speedLabel.setText(speed.getValue() + " steps/s");
        });
        speed.setPreferredSize(new Dimension(140, 24));
        speedLabel.setText(speed.getValue() + " steps/s");
        seed.setPreferredSize(new Dimension(90, 24));
        seed.setToolTipText("The seed of the next restart; the same seed gives the command line's run.");
        date.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        bar.add(play);
        bar.add(step);
        bar.add(restart);
        bar.add(new JLabel("  speed"));
        bar.add(speed);
        bar.add(speedLabel);
        bar.add(new JLabel("  seed"));
        bar.add(seed);
        bar.add(stopAtEnd);
        bar.add(Box.createHorizontalStrut(20));
        bar.add(date);
        return bar;
    }

    private JComponent controls() {
        JPanel p = new WidthTrackingPanel(new java.awt.GridBagLayout());
        java.awt.GridBagConstraints c = new java.awt.GridBagConstraints();
        c.gridx = 0;
        c.fill = java.awt.GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.anchor = java.awt.GridBagConstraints.NORTH;
        JPanel shockPanel = titled("Fire a condition (the scenario library's events)");
        shockPanel.setLayout(new GridLayout(0, 1, 0, 2));
        for (LibraryShock s : shocks) {
            JButton b = new JButton("<html><body style='width:235px'>" + AboutPage.esc(s.label()) + "</body></html>");
            b.setToolTipText("<html><body style='width:300px'>" + AboutPage.esc(s.description()) + "<br>"
                    + AboutPage.esc(String.join("; ", s.at(s.firstStep()).stream()
                    .map(e -> EventWords.describe(e, scenario)).toList())) + "</body></html>");
            b.setHorizontalAlignment(JButton.LEFT);
            b.addActionListener(e -> fire(s));
            shockPanel.add(b);
        }
        if (shocks.isEmpty()) {
            shockPanel.add(new JLabel("<html>No library event applies to this scenario's states.</html>"));
        }
        override.setToolTipText("Off: a change you make holds, and the scenario's later events on the same input are skipped (the log says so).");
        override.addActionListener(e -> sessions.forEach(s -> s.setScheduledOverride(override.isSelected())));
        shockPanel.add(override);
        p.add(shockPanel, c);

        JPanel pair = titled("A pair: what one state sees in another");
        pair.setLayout(new GridLayout(0, 1, 0, 2));
        fromBox.setSelectedIndex(from);
        towardBox.setSelectedIndex(toward);
        fromBox.addActionListener(e -> choosePair(fromBox.getSelectedIndex(), toward));
        towardBox.addActionListener(e -> choosePair(from, towardBox.getSelectedIndex()));
        pair.add(row(new JLabel("state"), fromBox));
        pair.add(row(new JLabel("toward"), towardBox));
        Session s0 = sessions.get(0);
        sliders.add(new PairSlider("perceived aggressive intent", Ranges.bounds(StateSpec.class, "perceives"), false,
                () -> s0.model().controls().intentSignal(from, toward), v -> each(s -> s.setIntent(from, toward, v)),
                "The aggressive intent the state's elites read in the other (Walt's fourth source of threat); perception follows over a few steps."));
        sliders.add(new PairSlider("credibility of the other as an ally", Ranges.bounds(StateSpec.class, "credibility"), false,
                () -> s0.model().inputs().credibility(from, toward), v -> each(s -> s.setCredibility(from, toward, v)),
                "How far the state trusts the other to stand by it (Walt's W4)."));
        sliders.add(new PairSlider("gains expected from the other", Ranges.bounds(GainSpec.class, "political"), false,
                () -> meanGain(s0), v -> each(s -> s.setGains(from, toward, v)),
                "What the state expects from following the other, every channel (Schweller's bandwagoning for profit)."));
        sliders.add(new PairSlider("power of the other, x the scenario's", Ranges.bounds(TeacherInputs.class, "power"), true,
                () -> s0.powerMultiplier(toward), v -> each(s -> s.setPowerMultiplier(toward, v)),
                "Scales every power component of the other state."));
        sliders.add(new PairSlider("perception noise (every state)", Ranges.bounds(PerceptionParams.class, "noise"), false,
                s0::noise, v -> each(s -> s.setNoise(v)),
                "Standard deviation of the day-to-day drift of elite perception."));
        sliders.forEach(pair::add);
        p.add(pair, c);

        theoryPanel.setBorder(BorderFactory.createTitledBorder("Theory of each state"));
        theoryPanel.setLayout(new GridLayout(0, 1, 0, 2));
        buildTheories();
        p.add(theoryPanel, c);

        JPanel map = titled("Map");
        map.setLayout(new GridLayout(0, 1));
        int n = scenario.states().size();
        JSpinner shown = new JSpinner(new SpinnerNumberModel(n > 20 ? 15 : n, 2, n, 1));
        shown.addChangeListener(e -> setMaxShown((Integer) shown.getValue()));
        map.add(row(new JLabel("states shown (most powerful)"), shown));
        PairSlider threshold = new PairSlider("draw threats above", new double[] {0, 0.6}, false, () -> 0.25,
                v -> views.forEach(w -> w.map.setThreatThreshold(v)), "Perceived threats above this are dashed red arrows.");
        map.add(threshold);
        map.add(new JLabel("<html>Wheel: zoom; drag: pan; double-click: fit; click a state: its report.</html>"));
        p.add(map, c);
        c.weighty = 1;
        p.add(new JPanel(), c);
        return p;
    }

    /** The mean over channels of the gains the chosen state expects from the other. */
    private double meanGain(Session s) {
        double sum = 0;
        var channels = org.alliancesim.world.Channel.values();
        for (var ch : channels) {
            sum += s.model().inputs().gain(from, toward, ch);
        }
        return sum / channels.length;
    }

    private void buildTheories() {
        theoryPanel.removeAll();
        String[] names = Theories.names().toArray(String[]::new);
        List<Integer> states = views.isEmpty() ? allStates() : views.get(0).map.shown();
        if (sessions.size() > 1) {
            JPanel head = new JPanel(new GridLayout(1, 1 + sessions.size(), 4, 0));
            head.add(new JLabel("state"));
            for (int k = 0; k < sessions.size(); k++) {
                head.add(new JLabel(k == 0 ? "left run" : "right run"));
            }
            theoryPanel.add(head);
        }
        for (int i : states) {
            JPanel r = new JPanel(new GridLayout(1, 1 + sessions.size(), 4, 0));
            r.add(new JLabel(scenario.states().get(i).name()));
            for (Session s : sessions) {
                JComboBox<String> box = new JComboBox<>(names);
                box.setSelectedItem(s.model().moduleName(i));
                int state = i;
                box.addActionListener(e -> {
                    String chosen = (String) box.getSelectedItem();
                    if (!chosen.equals(s.model().moduleName(state))) {
                        s.setModule(state, chosen);
                        refresh();
                    }
                });
                r.add(box);
            }
            theoryPanel.add(r);
        }
        theoryPanel.revalidate();
    }

    private List<Integer> allStates() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < scenario.states().size(); i++) {
            out.add(i);
        }
        return out;
    }

    private static JPanel titled(String title) {
        JPanel p = new JPanel();
        p.setBorder(BorderFactory.createTitledBorder(title));
        p.setAlignmentX(0);
        return p;
    }

    private static JPanel row(JComponent a, JComponent b) {
        JPanel r = new JPanel(new BorderLayout(6, 0));
        r.add(a, BorderLayout.WEST);
        r.add(b, BorderLayout.CENTER);
        return r;
    }

    private void each(java.util.function.Consumer<Session> action) {
        sessions.forEach(action);
        refresh();
    }

    void choosePair(int a, int b) {
        if (a == b) { // a state and itself: keep the pair as it was
            javax.swing.SwingUtilities.invokeLater(() -> {
                fromBox.setSelectedIndex(from);
                towardBox.setSelectedIndex(toward);
            });
            return;
        }
        from = a;
        toward = b;
        fromBox.setSelectedIndex(a);
        towardBox.setSelectedIndex(b);
        sliders.forEach(PairSlider::sync);
        refresh();
    }

    private void inspect(int i) {
        inspected = i;
        views.forEach(v -> v.map.select(i));
        if (i != sessions.get(0).focal()) {
            choosePair(sessions.get(0).focal(), i);
        }
        side.setSelectedIndex(2);
        refresh();
    }

    void setMaxShown(int n) {
        views.forEach(v -> v.map.setMaxShown(n));
        buildTheories();
    }

    // --- the clock ---

    void play() {
        if (allAtEnd() && stopAtEnd.isSelected()) {
            return;
        }
        timer.start();
        play.setText("Pause");
    }

    void pause() {
        timer.stop();
        play.setText("Play");
    }

    boolean running() {
        return timer.isRunning();
    }

    private boolean allAtEnd() {
        return sessions.stream().allMatch(Session::atEnd);
    }

    /** One step of every run, unless they stand at the scenario's last step and the run should stop there. */
    boolean advance() {
        if (allAtEnd() && stopAtEnd.isSelected()) {
            pause();
            if (!stoppedLogged) {
                for (Session s : sessions) {
                    s.log().add(new EventLog.Entry(s.stepsDone() - 1, s.date(), EventLog.Kind.NOTE, null,
                            "stopped at " + s.date() + ", the scenario's last step (" + s.lastStep()
                                    + " steps); untick \"stop at the scenario's last step\" to go on"));
                }
                stoppedLogged = true;
                refresh();
            }
            return false;
        }
        sessions.forEach(Session::step);
        refresh();
        return true;
    }

    void restart() {
        pause();
        long s = ((Number) seed.getValue()).longValue();
        sessions.forEach(x -> x.restart(s));
        stoppedLogged = false;
        sliders.forEach(PairSlider::sync);
        buildTheories();
        refresh();
    }

    /** Fires a library shock in every run now. */
    void fire(LibraryShock shock) {
        sessions.forEach(s -> s.fire(shock));
        refresh();
    }

    void refresh() {
        Session s0 = sessions.get(0);
        int done = s0.stepsDone();
        date.setText(done == 0 ? s0.date(0) + " (before the first step)"
                : s0.date() + "   step " + done + " of " + s0.lastStep());
        for (RunView v : views) {
            Session s = v.session;
            String t = s.scenario().states().get(s.focal()).name() + " under " + s.model().moduleName(s.focal())
                    + " \u2014 " + s.date();
            v.refresh(toward, t);
        }
        sliders.forEach(PairSlider::sync);
        if (side.getSelectedIndex() == side.indexOfTab("State")) {
            showReport();
        }
        String page = AboutPage.html(scenario, sessions);
        if (!page.equals(aboutShown)) {
            about.setText(page);
            about.setCaretPosition(0);
            aboutShown = page;
        }
    }

    /** The chosen state's report, toward the states the map shows (all of a small world). */
    private void showReport() {
        int at = report.getCaretPosition();
        report.setText(StateReport.html(sessions.get(0).model(), inspected, views.get(0).map.shown()));
        report.setCaretPosition(Math.min(at, report.getDocument().getLength()));
    }

    /** Shows the window filling the screen. */
    public void show() {
        var screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        frame.setBounds(screen);
        frame.setVisible(true);
    }

    void selectTab(String title) {
        int k = side.indexOfTab(title);
        if (k >= 0) {
            side.setSelectedIndex(k);
        }
    }

    /** A panel as wide as its scroll pane's view, so rows wrap instead of running off the side. */
    private static final class WidthTrackingPanel extends JPanel implements javax.swing.Scrollable {
        private static final long serialVersionUID = 1L;

        WidthTrackingPanel(java.awt.LayoutManager layout) {
            super(layout);
        }

        @Override public Dimension getPreferredScrollableViewportSize() { return getPreferredSize(); }
        @Override public int getScrollableUnitIncrement(java.awt.Rectangle r, int o, int d) { return 16; }
        @Override public int getScrollableBlockIncrement(java.awt.Rectangle r, int o, int d) { return r.height; }
        @Override public boolean getScrollableTracksViewportWidth() { return true; }
        @Override public boolean getScrollableTracksViewportHeight() { return false; }
    }
}
