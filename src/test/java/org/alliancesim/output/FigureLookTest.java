package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.plaf.metal.MetalLookAndFeel;
import org.junit.jupiter.api.Test;

/** The figures' look and feel gives JFreeChart the colour Swing's default look and feel would. */
class FigureLookTest {

    @Test
    void panelBackgroundIsMetals() {
        // JFreeChart 1.0.19 reads this one default (JFreeChart.DEFAULT_BACKGROUND_PAINT)
        assertThat(new FigureLook().getDefaults().getColor("Panel.background"))
                .isEqualTo(new MetalLookAndFeel().getDefaults().getColor("Panel.background"));
        assertThat(new FigureLook().isSupportedLookAndFeel()).isTrue();
    }

    @Test
    void installKeepsALookAndFeelChosenBefore() {
        String before = System.getProperty(FigureLook.PROPERTY);
        try {
            System.setProperty(FigureLook.PROPERTY, "javax.swing.plaf.metal.MetalLookAndFeel");
            FigureLook.install();
            assertThat(System.getProperty(FigureLook.PROPERTY)).isEqualTo("javax.swing.plaf.metal.MetalLookAndFeel");
            System.clearProperty(FigureLook.PROPERTY);
            FigureLook.install();
            assertThat(System.getProperty(FigureLook.PROPERTY)).isEqualTo(FigureLook.class.getName());
        } finally {
            // this JVM's Swing keeps its own default (other tests may show Swing components)
            if (before == null) {
                System.clearProperty(FigureLook.PROPERTY);
            } else {
                System.setProperty(FigureLook.PROPERTY, before);
            }
        }
    }
}
