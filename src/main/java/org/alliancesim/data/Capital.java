package org.alliancesim.data;

import java.util.Objects;
import org.alliancesim.world.Geography;

/** A state's capital city and its coordinates in decimal degrees (north and east positive). */
public record Capital(String stateabb, int ccode, String name, double lat, double lon) {

  public Capital {
    Objects.requireNonNull(stateabb, "stateabb");
    Objects.requireNonNull(name, "name");
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("latitude out of range: " + lat);
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("longitude out of range: " + lon);
    }
  }

  /** Great-circle kilometres to another capital. */
  public double kmTo(Capital other) {
    return Geography.distanceKm(lat, lon, other.lat, other.lon);
  }
}
