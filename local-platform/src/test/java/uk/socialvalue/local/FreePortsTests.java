package uk.socialvalue.local;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ports a test platform is given are all different: the system may give the same free port to two binds in
 * a row, and a platform once started its mail catcher and Kafka's controller on one port, so Kafka could not bind.
 * Test JVMs starting platforms side by side never share one either.
 */
class FreePortsTests {

    @Test
    void handsOutNoPortTwiceWhateverTheSystemOffers() {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            ports.add(FreePorts.next());
        }
        for (int i = 0; i < 3; i++) {
            int service = FreePorts.forService();
            List.of(service, service + 10, service + 100, service + 110).forEach(ports::add);
        }

        assertThat(ports).doesNotHaveDuplicates();
    }

    @Test
    void handsOutNoPortAnotherTestJvmHoldsUntilThatJvmEnds() throws Exception {
        Process other = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), OtherTestJvm.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Integer> held = new ArrayList<>();
        try {
            var lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            for (int i = 0; i < OtherTestJvm.PORTS; i++) {
                held.add(Integer.parseInt(lines.readLine().trim()));
            }

            assertThat(held).allSatisfy(port -> assertThat(FreePorts.claim(port)).as("port %d", port).isFalse());
        } finally {
            other.destroyForcibly().waitFor();
        }
        assertThat(held).allSatisfy(port -> assertThat(FreePorts.claim(port)).as("port %d", port).isTrue());
    }

    /** Another test JVM: claims a platform's worth of ports, prints them and keeps them until killed. */
    static final class OtherTestJvm {

        static final int PORTS = 12;

        public static void main(String[] args) throws InterruptedException {
            for (int i = 0; i < PORTS; i++) {
                System.out.println(FreePorts.next());
            }
            System.out.flush();
            // Gives up by itself after a minute, so that it can never outlive a test run.
            new CountDownLatch(1).await(1, TimeUnit.MINUTES);
        }
    }
}
