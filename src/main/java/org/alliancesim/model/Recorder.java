package org.alliancesim.model;

/**
 * An observer the model calls once per step, after every state has decided and the ties are
 * committed (the record phase). Recorders read the model; they never steer it.
 */
public interface Recorder {

    void record(AllianceModel model, int step);
}
