package org.alliancesim.gui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.alliancesim.scenario.EventSpec;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioException;
import org.alliancesim.scenario.ScenarioLoader;

/**
 * Reads the termination library: every {@code *.yaml} of a folder whose events apply to the
 * opened scenario (their states, partners and factions exist in it), in file-name order.
 */
public final class ShockLibrary {
    private ShockLibrary() {
    }

    /**
     * @param dir the library folder (absent: no shocks)
     * @param s the opened scenario
     * @throws ScenarioException if a library file is not a valid scenario
     */
    public static List<LibraryShock> load(Path dir, Scenario s) throws ScenarioException {
        List<LibraryShock> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new ScenarioException(new org.alliancesim.scenario.Problem(dir.toString(), 0, 0, "",
                    "cannot list the shock library: " + e.getMessage()));
        }
        for (Path f : files) {
            Scenario lib = ScenarioLoader.load(f);
            if (lib.events().isEmpty() || !lib.events().stream().allMatch(e -> applies(e, s))) {
                continue;
            }
            String id = f.getFileName().toString().replaceFirst("\\.yaml$", "");
            String code = id.split("-", 2)[0].toUpperCase(Locale.ROOT);
            out.add(new LibraryShock(id, code, title(f, lib, code), lib.description().trim(), lib.events()));
        }
        // Walt's conditions first, then Schweller's, as the paper's tables list them
        out.sort(java.util.Comparator.comparing((LibraryShock x) -> x.code().startsWith("W") ? 0 : 1)
                .thenComparing(LibraryShock::id));
        return out;
    }

    /** Whether the event's states (and faction) are in scenario s. */
    static boolean applies(EventSpec e, Scenario s) {
        int i = s.indexOf(e.state());
        if (i < 0 || (e.partner() != null && s.indexOf(e.partner()) < 0)) {
            return false;
        }
        return e.type() != EventSpec.Type.REGIME || s.states().get(i).factions().containsKey(e.faction());
    }

    /** The file's first comment line less its "# CODE:" and final stop, or the scenario's name. */
    private static String title(Path f, Scenario lib, String code) {
        try {
            String first = Files.readAllLines(f, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            if (first.startsWith("#")) {
                String t = first.substring(1).trim();
                if (t.toUpperCase(Locale.ROOT).startsWith(code + ":")) {
                    t = t.substring(code.length() + 1).trim();
                }
                return t.replaceFirst("[.]$", "");
            }
        } catch (IOException e) {
            // the loader has just read it; fall back to the name
        }
        return lib.name();
    }

    /** The shock with this id, or the only one with this code (case-insensitive), or null. */
    static LibraryShock find(List<LibraryShock> shocks, String key) {
        for (LibraryShock s : shocks) {
            if (s.id().equalsIgnoreCase(key)) {
                return s;
            }
        }
        List<LibraryShock> byCode = shocks.stream().filter(s -> s.code().equalsIgnoreCase(key)).toList();
        return byCode.size() >= 1 ? byCode.get(0) : null;
    }
}
