package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The data readers' bad-input check: the error names the file, the line and the column. */
final class BadRows {
    private BadRows() {
    }

    /** Reading must fail with a {@link DataFormatException} at {@code file:line:} naming {@code column} and saying {@code problem}. */
    static void assertLocated(ThrowingCallable read, String file, int line, String column, String problem) {
        DataFormatException e = catchThrowableOfType(DataFormatException.class, read);

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.getMessage()).contains(problem).startsWith(file + ":" + line + ":");
    }
}
