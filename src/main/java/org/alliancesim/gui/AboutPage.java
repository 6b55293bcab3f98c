package org.alliancesim.gui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alliancesim.scenario.EventSpec;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.StateSpec;

/**
 * The About tab: first the opened scenario in its own words (name, description, time span,
 * focal states and their theories, the states, its scheduled events), then the model's general
 * text ({@code index.html} beside this class).
 */
final class AboutPage {
    private AboutPage() {
    }

    static String html(Scenario s, List<Session> sessions) {
        StringBuilder h = new StringBuilder("<html><body style='font-family:sans-serif;font-size:11px'>");
        h.append("<h1>").append(esc(s.name())).append("</h1>");
        h.append("<p>").append(esc(s.description().trim())).append("</p>");
        var t = s.time();
        h.append("<p>From ").append(t.label(0)).append(" to ").append(t.label(t.steps() - 1)).append(": ")
                .append(t.steps()).append(' ').append(t.unit().label()).append("s; the run stops there.</p>");
        h.append("<p><b>Focal state").append(s.focal().size() == 1 ? "" : "s").append(":</b> ");
        for (int k = 0; k < s.focal().size(); k++) {
            int i = s.indexOf(s.focal().get(k));
            h.append(k == 0 ? "" : ", ").append(esc(s.states().get(i).name())).append(" (");
            for (int q = 0; q < sessions.size(); q++) {
                h.append(q == 0 ? "" : " / ").append(esc(sessions.get(q).model().moduleName(i)));
            }
            h.append(')');
        }
        h.append(". The charts follow ").append(esc(s.states().get(sessions.get(0).focal()).name()))
                .append("'s ties.</p>");
        h.append("<p><b>").append(s.states().size()).append(" states:</b> ");
        int shown = Math.min(s.states().size(), 30);
        for (int i = 0; i < shown; i++) {
            StateSpec st = s.states().get(i);
            h.append(i == 0 ? "" : ", ").append(esc(st.name()));
        }
        h.append(shown < s.states().size() ? ", ..." : "").append(".</p>");
        if (!s.events().isEmpty()) {
            h.append("<p><b>Scheduled events</b> (a change you make to the same input holds; the log says when one is skipped):</p><ul>");
            for (EventSpec e : s.events()) {
                h.append("<li>").append(esc(EventWords.describe(e, s))).append("</li>");
            }
            h.append("</ul>");
        }
        h.append("<hr>").append(general());
        return h.append("</body></html>").toString();
    }

    private static String general;

    /** The body of index.html, the model's general text (read once). */
    static synchronized String general() {
        if (general == null) {
            general = read();
        }
        return general;
    }

    private static String read() {
        try (InputStream in = AboutPage.class.getResourceAsStream("index.html")) {
            if (in == null) {
                throw new IllegalStateException("index.html missing beside " + AboutPage.class.getName());
            }
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int from = page.indexOf("<body");
            from = from < 0 ? 0 : page.indexOf('>', from) + 1;
            int to = page.lastIndexOf("</body>");
            return page.substring(from, to < 0 ? page.length() : to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
