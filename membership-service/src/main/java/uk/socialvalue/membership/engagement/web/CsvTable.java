package uk.socialvalue.membership.engagement.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A table as CSV (RFC 4180, UTF-8, a header row): one column per component of the row record, named as in
 * the JSON, so the two never drift apart. Jackson's CSV writer does the quoting. Text that a spreadsheet would
 * run as a formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe,
 * as OWASP advises against CSV injection.
 */
final class CsvTable {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final String TEXT_CSV_VALUE = "text/csv";

    private static final CsvMapper CSV = CsvMapper.builder().build();

    private CsvTable() {
    }

    /** The rows as a CSV attachment named {@code filename}. */
    static <R extends Record> ResponseEntity<String> of(Class<R> type, List<R> rows, String filename) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(write(type, rows));
    }

    static <R extends Record> String write(Class<R> type, List<R> rows) {
        RecordComponent[] components = type.getRecordComponents();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        Arrays.stream(components).forEach(component -> schema.addColumn(component.getName()));
        List<Map<String, Object>> cells = rows.stream().map(row -> {
            Map<String, Object> line = new LinkedHashMap<>();
            for (RecordComponent component : components) {
                line.put(component.getName(), cell(value(component, row)));
            }
            return line;
        }).toList();
        return CSV.writer(schema.build()).writeValueAsString(cells);
    }

    /** A value as a spreadsheet should read it: numbers as numbers, text never as a formula. */
    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static Object value(RecordComponent component, Record row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
