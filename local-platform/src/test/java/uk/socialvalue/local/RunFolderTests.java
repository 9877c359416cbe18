package uk.socialvalue.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunFolderTests {

    @TempDir
    Path data;

    @Test
    void refusesASecondLauncherOnTheSameDataFolder() {
        try (RunFolder first = RunFolder.claim(data)) {
            assertThatThrownBy(() -> RunFolder.claim(data))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already running with the data folder");
        }
        RunFolder.claim(data).close();
    }

    @Test
    void stopsAChildThatAKilledLauncherLeftRunning() throws Exception {
        ChildProcess orphan = ChildProcess.startJava("membership-service",
                List.of("-cp", System.getProperty("java.class.path"), LingeringChild.class.getName()),
                data, data.resolve("logs/orphan.log"), Duration.ofSeconds(5));
        try (orphan) {
            Path pidFile = data.resolve("run/membership-service.pid");
            String leftBehind;
            // A launcher killed with -9 never removes its pid files: keep a copy across the clean release.
            try (RunFolder killedLauncher = RunFolder.claim(data)) {
                killedLauncher.record(orphan);
                leftBehind = Files.readString(pidFile);
            }
            Files.writeString(pidFile, leftBehind);

            try (RunFolder nextLauncher = RunFolder.claim(data)) {
                assertThat(nextLauncher.stopLeftovers()).containsExactly("membership-service (pid " + orphan.pid() + ")");
            }
            assertThat(orphan.isAlive()).isFalse();
            assertThat(pidFile).doesNotExist();
        }
    }

    @Test
    void leavesAProcessAloneWhenItsCommandLineDoesNotMatch() throws Exception {
        ChildProcess stranger = ChildProcess.startJava("stranger",
                List.of("-cp", System.getProperty("java.class.path"), LingeringChild.class.getName()),
                data, data.resolve("logs/stranger.log"), Duration.ofSeconds(5));
        try (stranger) {
            Files.createDirectories(data.resolve("run"));
            // A recycled pid: the number matches a live process that is not one of ours.
            Files.writeString(data.resolve("run/kafka.pid"), stranger.pid() + "\njava kafka.Kafka /elsewhere/server.properties");

            try (RunFolder launcher = RunFolder.claim(data)) {
                assertThat(launcher.stopLeftovers()).isEmpty();
            }
            assertThat(stranger.isAlive()).isTrue();
        }
    }
}
