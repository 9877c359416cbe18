package uk.socialvalue.support.outbox;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.outage.Outages;

/**
 * The events the outbox relay gave up publishing, for SVUK staff (admin) to see and republish. Public only so
 * that the configuration in another package can import it.
 */
@RestController
public class ParkedEventsController {

    private final ParkedEvents parked;
    private final OutboxRelay relay;

    ParkedEventsController(ParkedEvents parked, OutboxRelay relay) {
        this.parked = parked;
        this.relay = relay;
    }

    /**
     * @param total    every event ever parked
     * @param waiting  those not republished yet
     * @param newest   the newest first
     */
    record Parked(long total, long waiting, List<ParkedEvent> newest) {
    }

    record Republished(String eventId, ParkedEvents.Outcome status) {
    }

    @GetMapping("/api/admin/outbox/parked")
    Parked parked(@RequestParam(defaultValue = "50") int limit) {
        return new Parked(parked.count(), parked.waiting(), parked.newest(Math.max(1, Math.min(limit, 500))));
    }

    /**
     * Publishes a parked event now (once its cause is fixed): {@code REPUBLISHED}, or {@code ALREADY_REPUBLISHED}
     * when it was before; 409 with the reason when it fails again (a 503 when Kafka is unavailable).
     */
    @PostMapping("/api/admin/outbox/parked/{eventId}/republish")
    ResponseEntity<?> republish(@PathVariable String eventId) {
        try {
            return ResponseEntity.ok(new Republished(eventId, parked.republish(eventId, relay)));
        } catch (NotFound e) {
            throw e;
        } catch (RuntimeException e) {
            if (Outages.isOutage(e)) {
                throw e;
            }
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Event " + eventId + " could not be published again: " + OutboxRelay.describe(e));
            problem.setTitle("Republishing failed");
            problem.setProperty("failure", OutboxRelay.describe(e));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
    }
}
