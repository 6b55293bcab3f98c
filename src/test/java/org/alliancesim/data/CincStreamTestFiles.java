package org.alliancesim.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Generated NMC-layout files for the streaming tests (seeded: the same file for the same seed). */
public final class CincStreamTestFiles {
  private CincStreamTestFiles() {}

  /** An NMC-layout file of {@code states} x {@code years} rows in shuffled order, some -9s. */
  public static Path generate(Path file, long seed, int states, int years) throws IOException {
    Random rng = new Random(seed);
    List<String> rows = new ArrayList<>();
    for (int y = 0; y < years; y++) {
      for (int s = 0; s < states; s++) {
        StringBuilder sb = new StringBuilder();
        sb.append('S').append(s).append(',').append(s + 2).append(',').append(1816 + y);
        for (int c = 0; c < 6; c++) {
          sb.append(',').append(rng.nextInt(20) == 0 ? -9 : rng.nextInt(1_000_000));
        }
        rows.add(sb.append(",-9,2021").toString());
      }
    }
    Collections.shuffle(rows, rng);
    StringBuilder text = new StringBuilder("stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\n");
    rows.forEach(r -> text.append(r).append('\n'));
    return Files.writeString(file, text);
  }

}
