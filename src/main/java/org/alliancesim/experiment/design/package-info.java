/**
 * Sweep designs: where in the space of varied inputs a sweep runs. A full grid, a Latin hypercube
 * sample or Sobol quasi-random points, each a pure function of its settings.
 */
package org.alliancesim.experiment.design;
