package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * A row with more fields than its header is refused with the file and line (issue 18: an unquoted
 * {@code 303,136,000} in the NMC file shifted every later value and changed the US's 2000 CINC
 * from 0.143 to 0.111 with exit 0). A quoted value with commas is one field and is read whole.
 */
class CsvExtraFieldsTest {
    private static final String HEADER = "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\n";

    @Test
    void aRowWithAnUnquotedThousandsSeparatorIsRefusedNamingFileAndLine() {
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> NmcReader.read(new StringReader(
                HEADER + "CHN,710,2000,1,2,3,4,5,6,0.1,2021\nUSA,2,2000,303,136,000,1,2,3,4,5,0.1,2021\n"), "nmc.csv"));
        assertThat(e).isNotNull();
        assertThat(e.source()).isEqualTo("nmc.csv");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).contains("expected 11 fields but found 13").contains("unquoted comma");
    }

    @Test
    void aQuotedValueWithCommasIsOneField() throws Exception {
        CsvTable t = CsvTable.read(new StringReader("a,b\n\"1,2\",3\n"), "q.csv", "a", "b");
        assertThat(t.rows()).hasSize(1);
    }
}
