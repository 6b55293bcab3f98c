package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.alliancesim.world.Geography;

/**
 * Validates the bundled capital coordinates against Gleditsch and Ward's capdist for every pair of
 * states in COW's 2016 system (skipped when {@code ../shared/data} is absent).
 */
class CapitalCoordinatesRealDataTest {

  /**
   * States whose capdist capital is not the 2016 capital in our table, each checked by hand: capdist
   * uses Almaty (KZK), Lagos (NIG), Dar es Salaam (TAZ), Yangon (MYA), a mainland point for EQG and
   * 172 E instead of 172 W for Apia (WSM). (capdist also places the Marshall Islands at Kwajalein and
   * Dominica near St Vincent, but these disagree on fewer than 5% of their pairs and are not exempt.)
   */
  static final Set<String> KNOWN_CAPDIST_DIFFERENCES =
      Set.of("KZK", "NIG", "TAZ", "MYA", "EQG", "WSM");

  private static NmcData nmc;
  private static CapitalDistances capdist;
  private static final CapitalCoordinates caps = CapitalCoordinates.bundled();

  @BeforeEach
  void load() throws IOException {
    Path nmcFile = TestData.real("NMC-60-abridged.csv"); // skips each test when absent
    Path capdistFile = TestData.real("capdist.csv");
    if (nmc == null) {
      nmc = NmcData.read(nmcFile);
      capdist = CapdistReader.read(capdistFile);
    }
  }

  static boolean agrees(double mine, double theirs) {
    double diff = Math.abs(mine - theirs);
    return diff <= 150 || diff <= 0.10 * theirs;
  }

  @Test
  void everyCow2016StateHasACapital() {
    List<CowState> states = nmc.statesIn(2016);
    assertThat(states).hasSize(195);
    for (CowState s : states) {
      Capital c = caps.byCcode(s.ccode()).orElseThrow(() -> new AssertionError("no capital for " + s));
      assertThat(c.stateabb()).as("abbreviation of %d", s.ccode()).isEqualTo(s.stateabb());
    }
  }

  @Test
  void capitalDistancesAgreeWithCapdistForAtLeast95PercentOf2016Pairs() {
    List<CowState> states =
        nmc.statesIn(2016).stream().filter(s -> capdist.contains(s.ccode())).toList();
    int pairs = 0;
    int agreeing = 0;
    Map<String, int[]> perState = new HashMap<>(); // stateabb -> {pairs, disagreeing}
    List<String> worst = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      for (int j = i + 1; j < states.size(); j++) {
        CowState a = states.get(i);
        CowState b = states.get(j);
        double theirs = capdist.kmBetween(a.ccode(), b.ccode()).orElseThrow();
        double mine = caps.kmBetween(a.ccode(), b.ccode()).orElseThrow();
        pairs++;
        boolean ok = agrees(mine, theirs);
        if (ok) {
          agreeing++;
        }
        for (CowState s : List.of(a, b)) {
          int[] counts = perState.computeIfAbsent(s.stateabb(), k -> new int[2]);
          counts[0]++;
          if (!ok) {
            counts[1]++;
          }
        }
      }
    }
    double share = (double) agreeing / pairs;
    perState.forEach(
        (abb, c) -> {
          if (c[1] > 0.05 * c[0]) {
            worst.add(String.format(Locale.ROOT, "%s %d/%d", abb, c[1], c[0]));
          }
        });
    System.out.printf(
        Locale.ROOT,
        "capitals vs capdist: %d of %d 2016 pairs agree within 10%% or 150 km (%.2f%%); states with"
            + " >5%% of pairs off: %s%n",
        agreeing, pairs, 100 * share, worst);

    assertThat(pairs).isEqualTo(189 * 188 / 2);
    assertThat(share).isGreaterThanOrEqualTo(0.95);
    // Every state apart from the documented capdist differences agrees on at least 95% of its pairs.
    perState.forEach(
        (abb, c) -> {
          if (!KNOWN_CAPDIST_DIFFERENCES.contains(abb)) {
            assertThat(c[1]).as("%s: pairs disagreeing with capdist", abb).isLessThanOrEqualTo(c[0] / 20);
          }
        });
  }

  @Test
  void knownDifferencesAreCapitalMovesOrCapdistErrors() {
    // capdist's Kazakhstan is Almaty (43.24 N, 76.89 E): its distance to Bishkek is about 200 km,
    // while Astana-Bishkek is about 950 km.
    Capital bishkek = caps.byStateAbb("KYR").orElseThrow();
    double almatyBishkek = Geography.distanceKm(43.24, 76.89, bishkek.lat(), bishkek.lon());
    assertThat(capdist.kmBetween("KZK", "KYR").getAsDouble()).isCloseTo(almatyBishkek, within(60.0));
    assertThat(caps.kmBetween(705, 703).getAsDouble()).isGreaterThan(900);
    // capdist's Nigeria is Lagos (6.45 N, 3.39 E), about 80 km from Porto-Novo.
    Capital portoNovo = caps.byStateAbb("BEN").orElseThrow();
    double lagosPortoNovo = Geography.distanceKm(6.45, 3.39, portoNovo.lat(), portoNovo.lon());
    assertThat(capdist.kmBetween("NIG", "BEN").getAsDouble()).isCloseTo(lagosPortoNovo, within(60.0));
    // capdist puts Dominica 31 km from St Vincent; Roseau-Kingstown is about 240 km.
    assertThat(capdist.kmBetween("DMA", "SVG")).hasValue(31);
    assertThat(caps.kmBetween(54, 57).getAsDouble()).isBetween(220.0, 260.0);
  }
}
