package uk.socialvalue.membership.register;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The UK's current principal councils, from the register shipped with the service (see
 * {@code register/ATTRIBUTION.md}): the source of a local authority member's name and region.
 */
public class CouncilRegister {

    private static final String RESOURCE = "/register/uk-local-authorities.csv";

    private final Map<String, Council> byGssCode;
    private final SortedSet<String> regions;

    CouncilRegister(List<Council> councils) {
        Map<String, Council> index = new LinkedHashMap<>();
        councils.stream().sorted(Comparator.comparing(Council::name)).forEach(c -> index.put(c.gssCode(), c));
        this.byGssCode = Map.copyOf(index);
        this.regions = new TreeSet<>(councils.stream().map(Council::region).toList());
    }

    /** The register shipped in the service's resources. */
    public static CouncilRegister shipped() {
        try (InputStream in = CouncilRegister.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Council register " + RESOURCE + " is missing from the classpath");
            }
            return new CouncilRegister(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Council> byGssCode(String gssCode) {
        return gssCode == null ? Optional.empty()
                : Optional.ofNullable(byGssCode.get(gssCode.trim().toUpperCase(Locale.ROOT)));
    }

    /** The regions of England and the nations, as the register names them. */
    public SortedSet<String> regions() {
        return regions;
    }

    /** Councils whose name contains the text, in name order; all of them for a blank query. */
    public List<Council> search(String query) {
        String needle = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return byGssCode.values().stream()
                .filter(c -> needle.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing(Council::name))
                .toList();
    }

    static List<Council> parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null || !header.startsWith("gss_code,name,type,region_or_nation")) {
            throw new IllegalStateException("Unexpected council register header: " + header);
        }
        List<Council> councils = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = csvFields(line);
            councils.add(new Council(fields.get(0), fields.get(1), fields.get(2), fields.get(3)));
        }
        return councils;
    }

    /** Splits one CSV line, honouring quoted fields such as {@code "Newry, Mourne and Down"}. */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
