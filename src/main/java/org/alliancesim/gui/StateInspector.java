package org.alliancesim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import javax.swing.JEditorPane;
import javax.swing.JScrollPane;
import org.alliancesim.model.AllianceModel;
import sim.portrayal.Inspector;

/**
 * The inspector a double-click on a state opens: its {@link StateReport}, rebuilt each step
 * ("why is Iran aligning with Russia?").
 */
final class StateInspector extends Inspector {
    private static final long serialVersionUID = 1L;
    private final transient StateNode node;
    private final JEditorPane pane = new JEditorPane("text/html", "");

    StateInspector(StateNode node) {
        this.node = node;
        setTitle(node.name());
        setLayout(new BorderLayout());
        pane.setEditable(false);
        JScrollPane scroll = new JScrollPane(pane);
        scroll.setPreferredSize(new Dimension(380, 520));
        add(scroll, BorderLayout.CENTER);
        updateInspector();
    }

    @Override
    public void updateInspector() {
        AllianceModel m = node.model();
        if (m.view() == null) {
            return;
        }
        int caret = pane.getCaretPosition();
        pane.setText(StateReport.html(m, node.index()));
        pane.setCaretPosition(Math.min(caret, pane.getDocument().getLength()));
    }
}
