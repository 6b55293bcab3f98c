package org.alliancesim;

import java.util.Locale;

/** Runs a piece of a test under another default locale, restoring the JVM's afterwards. */
public final class TestLocales {
    private TestLocales() {
    }

    public static void under(Locale locale, Runnable body) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            body.run();
        } finally {
            Locale.setDefault(saved);
        }
    }
}
