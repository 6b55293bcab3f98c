package org.alliancesim.cli;

/** Bad input that is not a scenario problem (e.g. an unknown theory on the command line). */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}
