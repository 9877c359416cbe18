package uk.socialvalue.membership.engagement.web;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTests {

    record Row(String name, int bookings, BigDecimal cpdHours, String status) {
    }

    @Test
    void writesAHeaderRowAndOneLinePerRowWithTheRecordsComponentsAsColumns() {
        String csv = CsvTable.write(Row.class, List.of(new Row("Salford", 3, new BigDecimal("7.5"), "ACTIVE"),
                new Row("Bournemouth, Christchurch and Poole", 0, BigDecimal.ZERO, null)));

        assertThat(csv).isEqualTo("name,bookings,cpdHours,status\r\n"
                + "Salford,3,7.5,ACTIVE\r\n"
                + "\"Bournemouth, Christchurch and Poole\",0,0,\r\n");
    }

    @Test
    void neverLetsASpreadsheetRunTextAsAFormula() {
        String csv = CsvTable.write(Row.class, List.of(new Row("=HYPERLINK(\"http://evil\",\"x\")", 1, BigDecimal.ONE,
                "@SUM(A1)"), new Row("-2+3", 1, BigDecimal.ONE, "+1"), new Row("\tTab", -1, BigDecimal.ONE, "ok")));

        assertThat(csv.split("\r\n")).containsExactly("name,bookings,cpdHours,status",
                "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",1,1,\"'@SUM(A1)\"",
                "\"'-2+3\",1,1,\"'+1\"",
                "\"'\tTab\",-1,1,ok");
    }

    @Test
    void quotesLineBreaksInsideACell() {
        String csv = CsvTable.write(Row.class, List.of(new Row("Two\nlines", 1, BigDecimal.ONE, "x")));

        assertThat(csv).endsWith("\"Two\nlines\",1,1,x\r\n");
    }
}
