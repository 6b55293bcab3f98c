package org.alliancesim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The About page follows NetLogo's Info tab: every section, in order, and none of them empty. */
class AboutPageTest {
    static final List<String> SECTIONS = List.of("WHAT IS IT?", "HOW IT WORKS", "HOW TO USE IT",
            "THINGS TO NOTICE", "THINGS TO TRY", "EXTENDING THE MODEL", "RELATED MODELS",
            "CREDITS AND REFERENCES");

    private static String page() throws IOException {
        try (InputStream in = AboutPageTest.class.getResourceAsStream("/org/alliancesim/gui/index.html")) {
            assertThat(in).as("index.html beside the gui classes").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The text of each section: from its heading to the next heading (or the end). */
    private static String section(String html, String title) {
        int start = html.indexOf("<h2>" + title + "</h2>");
        assertThat(start).as(title).isNotNegative();
        int from = start + title.length() + 9;
        int next = html.indexOf("<h2>", from);
        return html.substring(from, next < 0 ? html.length() : next).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
    }

    @Test
    void everySectionIsPresentInOrderAndNotEmpty() throws IOException {
        String html = page();
        int last = -1;
        for (String title : SECTIONS) {
            int at = html.indexOf("<h2>" + title + "</h2>");
            assertThat(at).as(title + " comes after the previous section").isGreaterThan(last);
            last = at;
            assertThat(section(html, title)).as(title).hasSizeGreaterThan(80);
        }
    }

    @Test
    void thingsToTryAreQuestionsAboutBothTheories() throws IOException {
        String tries = section(page(), "THINGS TO TRY");
        assertThat(tries.chars().filter(c -> c == '?').count()).isGreaterThanOrEqualTo(5);
        assertThat(tries).contains("balance of threat").contains("schweller-bandwagoning");
    }

    @Test
    void theAboutTabOpensWithTheScenariosOwnDescriptionAndFocalStatesThenTheGeneralText() throws Exception {
        var s = org.alliancesim.TestScenarios.defaultScenario();
        String html = AboutPage.html(s, java.util.List.of(new Session(s, "schweller-bandwagoning", 1)));
        String firstWords = s.description().trim().split("\\s+", 6)[4];
        assertThat(html.indexOf(firstWords)).as("the scenario's description").isPositive()
                .isLessThan(html.indexOf("<h2>WHAT IS IT?</h2>"));
        assertThat(html).contains("Iran (schweller-bandwagoning)").contains(s.name());
    }
}
