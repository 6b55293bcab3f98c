package org.alliancesim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import sim.util.Properties;

/**
 * MASON properties from an ordered list of rows, each a readable name with a getter and an
 * optional setter and domain. Bean reflection (MASON's default) orders properties as the JVM
 * lists methods and cannot name them per state ("Intent Iran perceives in Russia"); a list can.
 * A setter that throws {@link IllegalArgumentException} leaves the value as it was.
 */
final class PropertyList extends Properties {
    private static final long serialVersionUID = 1L;

    private record Row(String name, Class<?> type, Supplier<Object> get, Consumer<Object> set, Object domain,
                       String description) {
    }

    private final transient List<Row> rows = new ArrayList<>();
    private final transient Runnable afterSet;

    /** @param afterSet run after every value the user sets (e.g. to redraw) */
    PropertyList(Runnable afterSet) {
        this.afterSet = afterSet;
    }

    /** A read-only text row. */
    PropertyList text(String name, Supplier<String> get, String description) {
        rows.add(new Row(name, String.class, get::get, null, null, description));
        return this;
    }

    /** A read-only number row. */
    PropertyList number(String name, Supplier<Double> get, String description) {
        rows.add(new Row(name, Double.TYPE, get::get, null, null, description));
        return this;
    }

    /** A number the user sets with a slider over [min, max]. */
    PropertyList slider(String name, double min, double max, Supplier<Double> get, Consumer<Double> set,
                        String description) {
        rows.add(new Row(name, Double.TYPE, get::get, v -> set.accept(((Number) v).doubleValue()),
                new sim.util.Interval(min, max), description));
        return this;
    }

    /** A choice among labels; the value is the chosen label's index. */
    PropertyList choice(String name, String[] labels, Supplier<Integer> get, Consumer<Integer> set,
                        String description) {
        rows.add(new Row(name, Integer.TYPE, get::get, v -> set.accept(((Number) v).intValue()), labels.clone(),
                description));
        return this;
    }

    /** A check box: ticking it runs the action, and it shows unticked again after. */
    PropertyList action(String name, Runnable action, String description) {
        rows.add(new Row(name, Boolean.TYPE, () -> Boolean.FALSE, v -> {
            if (Boolean.TRUE.equals(v)) {
                action.run();
            }
        }, null, description));
        return this;
    }

    @Override public boolean isVolatile() { return false; }
    @Override public int numProperties() { return rows.size(); }
    @Override public Object getValue(int index) { return rows.get(index).get().get(); }
    @Override public boolean isReadWrite(int index) { return rows.get(index).set() != null; }
    @Override public String getName(int index) { return rows.get(index).name(); }
    @Override public Class getType(int index) { return rows.get(index).type(); }
    @Override public Object getDomain(int index) { return rows.get(index).domain(); }
    @Override public String getDescription(int index) { return rows.get(index).description(); }

    @Override
    protected Object _setValue(int index, Object value) {
        Row r = rows.get(index);
        if (r.set() != null) {
            try {
                r.set().accept(value);
            } catch (IllegalArgumentException e) {
                // an out-of-range value typed in by hand: keep the old one
            }
            afterSet.run();
        }
        return getValue(index);
    }
}
