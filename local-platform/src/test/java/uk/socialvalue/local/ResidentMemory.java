package uk.socialvalue.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident set size as Linux reports it in {@code /proc/<pid>/status}. */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** In KiB; 0 where there is no {@code /proc} or the process is gone. */
    static long ofProcess(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(0L);
        } catch (IOException | RuntimeException gone) {
            return 0L;
        }
    }
}
