package uk.socialvalue.portal.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GOV.UK Frontend's stylesheet and script from its webjar, served brand-neutral as its licence asks outside
 * GOV.UK: the compiled stylesheet's GDS Transport font is replaced by the system font stack (what the Sass
 * setting {@code $govuk-font-family} would give) and its {@code @font-face} rules are dropped, so the font is
 * never downloaded; the crown and the font files are not served at all. The files are read once, kept in memory
 * (about 180 KB) and cached by browsers for a year under a versioned path.
 */
@Controller("frontend")
public class FrontendAssets {

    static final String SYSTEM_FONTS = "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif";

    private static final String WEBJAR = "META-INF/resources/webjars/govuk-frontend/";
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*}");
    private static final Pattern GDS_TRANSPORT = Pattern.compile("(\"?GDS Transport\"?,\\s*)?arial,\\s*sans-serif");

    private final String version;
    private final byte[] stylesheet;
    private final byte[] script;
    private final byte[] init;

    FrontendAssets() {
        this.version = webjarVersion();
        String css = read(WEBJAR + version + "/dist/govuk/govuk-frontend.min.css");
        this.stylesheet = brandNeutral(css).getBytes(StandardCharsets.UTF_8);
        this.script = read(WEBJAR + version + "/dist/govuk/govuk-frontend.min.js").getBytes(StandardCharsets.UTF_8);
        // Enhancement only: every page works without it. Components initialise only on supporting browsers.
        this.init = ("document.body.classList.add('js-enabled');\n"
                + "if ('noModule' in HTMLScriptElement.prototype) { document.body.classList.add('govuk-frontend-supported'); }\n"
                + "import('./govuk-frontend-" + version + ".min.js').then(function (frontend) { frontend.initAll(); });\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The stylesheet's font stack swapped for the system fonts, without the GDS Transport font faces. */
    static String brandNeutral(String css) {
        String withoutFaces = FONT_FACE.matcher(css).replaceAll("");
        return GDS_TRANSPORT.matcher(withoutFaces).replaceAll(SYSTEM_FONTS);
    }

    public String stylesheetPath() {
        return "/assets/govuk-frontend-" + version + ".min.css";
    }

    public String scriptPath() {
        return "/assets/portal-" + version + ".js";
    }

    @GetMapping("/assets/govuk-frontend-{version}.min.css")
    ResponseEntity<byte[]> stylesheet() {
        return asset(stylesheet, new MediaType("text", "css", StandardCharsets.UTF_8));
    }

    @GetMapping("/assets/govuk-frontend-{version}.min.js")
    ResponseEntity<byte[]> script() {
        return asset(script, new MediaType("text", "javascript", StandardCharsets.UTF_8));
    }

    @GetMapping("/assets/portal-{version}.js")
    ResponseEntity<byte[]> init() {
        return asset(init, new MediaType("text", "javascript", StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> asset(byte[] body, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()).body(body);
    }

    private static String webjarVersion() {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")
                .getInputStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("GOV.UK Frontend's webjar is not on the classpath", e);
        }
        return properties.getProperty("version");
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }
}
