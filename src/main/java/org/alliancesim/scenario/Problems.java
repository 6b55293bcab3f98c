package org.alliancesim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects every problem found in one file, so a user sees them all at once. */
public final class Problems {
    private final String file;
    private final List<Problem> list = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void add(Node at, String path, String message) {
        Mark m = at == null ? null : at.getStartMark();
        list.add(new Problem(file, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, path, message));
    }

    public void add(int line, int column, String path, String message) {
        list.add(new Problem(file, line, column, path, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Throws if any problem was found, listing the problems in file order (stable within a line). */
    public void throwIfAny() throws ScenarioException {
        if (!list.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(list);
            sorted.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new ScenarioException(sorted);
        }
    }
}
