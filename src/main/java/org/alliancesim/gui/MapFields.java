package org.alliancesim.gui;

import java.util.ArrayList;
import java.util.List;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.scenario.StateSpec;
import org.alliancesim.world.Level;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;

/**
 * What the map shows, as MASON fields: states at their capitals in a {@link Continuous2D}, the
 * ties between them in one network and the threats above a threshold in another. The model knows
 * nothing of these; {@link #refresh} copies its current state in after every step.
 */
final class MapFields {
    final MapProjection projection;
    final Continuous2D states;
    final Network ties = new Network(false);
    final Network threats = new Network(true);
    private final List<StateNode> nodes = new ArrayList<>();

    /**
     * @param model a started model
     * @param aspect the map display's width over its height
     */
    MapFields(AllianceModel model, double aspect) {
        List<StateSpec> specs = model.scenario().states();
        projection = new MapProjection(specs.stream().map(StateSpec::lon).toList(),
                specs.stream().map(StateSpec::lat).toList(), aspect);
        states = new Continuous2D(10, projection.width(), projection.height());
        for (int i = 0; i < specs.size(); i++) {
            StateNode node = new StateNode(model, i, projection.width());
            nodes.add(node);
            states.setObjectLocation(node, projection.project(specs.get(i).lat(), specs.get(i).lon()));
            ties.addNode(node);
            threats.addNode(node);
        }
    }

    /** Copies the model's ties and the threats above {@code threshold} into the networks. */
    void refresh(AllianceModel model, double threshold) {
        ties.removeAllEdges();
        threats.removeAllEdges();
        int n = nodes.size();
        for (int i = 0; i < n; i++) {
            double southward = 0;
            for (int j = 0; j < n; j++) {
                if (j != i && model.ties().level(i, j) != Level.NONE) {
                    southward += states.getObjectLocation(nodes.get(j)).y - states.getObjectLocation(nodes.get(i)).y;
                }
            }
            nodes.get(i).setLabelAbove(southward > 0);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                Level level = model.ties().level(i, j);
                if (i < j && level != Level.NONE) {
                    ties.addEdge(nodes.get(i), nodes.get(j), new TiePortrayal.Tie(level, model.ties().commitment(i, j)));
                }
                double t = model.view().threat(i, j);
                if (t > threshold) {
                    threats.addEdge(nodes.get(i), nodes.get(j), t);
                }
            }
        }
    }
}
