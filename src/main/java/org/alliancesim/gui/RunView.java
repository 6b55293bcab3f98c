package org.alliancesim.gui;

import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/** One run on screen: its map, its two charts side by side, and its event log under them. */
final class RunView extends JPanel {
    private static final long serialVersionUID = 1L;
    final transient Session session;
    final MapPanel map;
    final transient Charts charts;
    final JTextArea log = new JTextArea();
    private int logged;
    private int restartsShown = -1;

    RunView(Session session) {
        super(new GridBagLayout());
        this.session = session;
        map = new MapPanel(session);
        charts = new Charts(session);
        JPanel chartRow = new JPanel(new GridLayout(1, 2, 4, 0));
        chartRow.add(charts.ties);
        chartRow.add(charts.threat);
        log.setEditable(false);
        log.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        log.setLineWrap(true);
        log.setWrapStyleWord(true);
        JScrollPane logScroll = new JScrollPane(log);
        logScroll.setBorder(BorderFactory.createTitledBorder("Event log: level changes with their causes, shocks, scheduled events"));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.fill = GridBagConstraints.BOTH;
        c.weightx = 1;
        c.weighty = 0.44;
        add(map, c);
        c.weighty = 0.34;
        add(chartRow, c);
        c.weighty = 0.22;
        add(logScroll, c);
        for (var comp : new javax.swing.JComponent[] {map, chartRow, logScroll}) {
            comp.setPreferredSize(new java.awt.Dimension(100, 100));
            comp.setMinimumSize(new java.awt.Dimension(100, 80));
        }
    }

    /** Redraws from the session: map, charts (with {@code partner}'s desires), new log lines. */
    void refresh(int partner, String title) {
        map.setTitle(title);
        map.repaint();
        charts.refresh(partner);
        var entries = session.log().entries();
        if (session.restarts() != restartsShown) {
            restartsShown = session.restarts();
            log.setText("");
            logged = 0;
        }
        if (entries.size() > logged) {
            StringBuilder b = new StringBuilder();
            for (EventLog.Entry e : entries.subList(Math.max(0, logged), entries.size())) {
                b.append(e.line()).append('\n');
            }
            log.append(b.toString());
            log.setCaretPosition(log.getDocument().getLength());
            logged = entries.size();
        }
    }
}
