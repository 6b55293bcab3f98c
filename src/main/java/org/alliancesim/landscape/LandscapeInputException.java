package org.alliancesim.landscape;

/**
 * Bad input for a landscape analysis (Axelrod and Bennett, BJPolS 23(2), 1993). The message is
 * meant for the user as is: it names the file, the 1-based line and the field at fault, e.g.
 * {@code "P.csv:4:3: France: propensity 'x' of 'UK' towards 'France' is not a number"}
 * (file, line, column number and header name, as {@link org.alliancesim.Location} writes them). The command prints it
 * and exits with status 2.
 */
public class LandscapeInputException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message complete user-facing description, naming file, line and field */
    public LandscapeInputException(String message) {
        super(message);
    }

    /**
     * @param message complete user-facing description, naming file, line and field
     * @param cause   underlying error
     */
    public LandscapeInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
