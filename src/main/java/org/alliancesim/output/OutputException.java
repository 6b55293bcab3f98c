package org.alliancesim.output;

/** A result could not be written (folder exists, disk full, permission denied): a clear message. */
public final class OutputException extends Exception {
    public OutputException(String message) {
        super(message);
    }
}
