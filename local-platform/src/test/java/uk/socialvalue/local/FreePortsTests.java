package uk.socialvalue.local;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ports a test platform is given are all different: the system may give the same free port to two binds in
 * a row, and a platform once started its mail catcher and Kafka's controller on one port, so Kafka could not bind.
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
}
