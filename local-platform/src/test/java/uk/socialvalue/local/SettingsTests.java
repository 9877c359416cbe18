package uk.socialvalue.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTests {

    private static final Path REPOSITORY = Path.of("/work/svuk");

    @Test
    void keepsDataInTheRepositoryAndUsesTheDocumentedPortsByDefault() {
        Settings settings = Settings.fromCommandLine(new String[0], Map.of(), REPOSITORY);

        assertThat(settings.dataDirectory()).isEqualTo(REPOSITORY.resolve(".data"));
        assertThat(settings.ports()).isEqualTo(new Settings.Ports(9092, 9093, 27017, 1025, 8025, 8081, 8082, 8083, 8080));
    }

    @Test
    void takesTheDataFolderFromTheEnvironmentAndTheOptionOverTheEnvironment() {
        Map<String, String> environment = Map.of(Settings.DATA_DIR_VARIABLE, "/var/svuk");

        assertThat(Settings.fromCommandLine(new String[0], environment, REPOSITORY).dataDirectory())
                .isEqualTo(Path.of("/var/svuk"));
        assertThat(Settings.fromCommandLine(new String[] {"--data-dir", "/tmp/a"}, environment, REPOSITORY).dataDirectory())
                .isEqualTo(Path.of("/tmp/a"));
        assertThat(Settings.fromCommandLine(new String[] {"--data-dir=/tmp/b"}, environment, REPOSITORY).dataDirectory())
                .isEqualTo(Path.of("/tmp/b"));
    }

    @Test
    void refusesUnknownOptionsAndAMissingFolder() {
        assertThatThrownBy(() -> Settings.fromCommandLine(new String[] {"--port=1"}, Map.of(), REPOSITORY))
                .hasMessageContaining("Unknown option: --port=1").hasMessageContaining("Usage");
        assertThatThrownBy(() -> Settings.fromCommandLine(new String[] {"--data-dir"}, Map.of(), REPOSITORY))
                .hasMessageContaining("--data-dir needs a folder");
    }
}
