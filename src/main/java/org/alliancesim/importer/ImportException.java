package org.alliancesim.importer;

/** Input the importer cannot use (a year not in the data, a state with no NMC row...). */
public final class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }
}
