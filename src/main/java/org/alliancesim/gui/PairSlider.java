package org.alliancesim.gui;

import java.awt.BorderLayout;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;

/**
 * A labelled slider over a declared range; it acts when the teacher lets go (not at every pixel
 * of a drag), and {@link #sync} shows the model's value without acting.
 */
final class PairSlider extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int TICKS = 1000;
    private final JSlider slider = new JSlider(0, TICKS, 0);
    private final JLabel label = new JLabel();
    private final String name;
    private final double min;
    private final double max;
    private final boolean logScale;
    private final transient DoubleSupplier get;
    private boolean syncing;

    PairSlider(String name, double[] range, boolean logScale, DoubleSupplier get, DoubleConsumer set, String tip) {
        super(new BorderLayout());
        this.name = name;
        this.min = range[0];
        this.max = range[1];
        this.logScale = logScale;
        this.get = get;
        add(label, BorderLayout.NORTH);
        add(slider, BorderLayout.CENTER);
        setToolTipText(tip);
        slider.setToolTipText(tip);
        slider.addChangeListener(e -> {
            show(value());
            if (!syncing && !slider.getValueIsAdjusting()) {
                set.accept(value());
            }
        });
        sync();
    }

    private double value() {
        double u = slider.getValue() / (double) TICKS;
        return logScale ? min * Math.pow(max / min, u) : min + u * (max - min);
    }

    private void show(double v) {
        label.setText(name + ": " + EventWords.num(v));
    }

    /** Shows the model's current value. */
    void sync() {
        if (slider.getValueIsAdjusting()) {
            return; // the teacher is dragging it
        }
        double v = Math.max(min, Math.min(max, get.getAsDouble()));
        double u = logScale ? Math.log(v / min) / Math.log(max / min) : (v - min) / (max - min);
        syncing = true;
        slider.setValue((int) Math.round(u * TICKS));
        syncing = false;
        show(get.getAsDouble());
    }

    /** Sets the value as the teacher would (tests and scripted screenshots). */
    void set(double v) {
        double u = logScale ? Math.log(v / min) / Math.log(max / min) : (v - min) / (max - min);
        slider.setValue((int) Math.round(u * TICKS));
    }
}
