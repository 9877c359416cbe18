package uk.socialvalue.support.deadletter;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What this service could not process, for SVUK staff (admin) to see and, once the cause is fixed, replay. */
@RestController
class DeadLettersController {

    private final DeadLetterLog deadLetters;
    private final DeadLetterReplay replay;

    DeadLettersController(DeadLetterLog deadLetters, DeadLetterReplay replay) {
        this.deadLetters = deadLetters;
        this.replay = replay;
    }

    /**
     * @param total    every dead letter kept
     * @param waiting  those not replayed yet
     * @param newest   the newest first
     */
    record DeadLetters(long total, long waiting, List<DeadLetter> newest) {
    }

    @GetMapping("/api/admin/dead-letters")
    DeadLetters deadLetters(@RequestParam(defaultValue = "50") int limit) {
        return new DeadLetters(deadLetters.count(), deadLetters.waiting(),
                deadLetters.newest(Math.max(1, Math.min(limit, 500))));
    }

    /**
     * Hands the letter to its listener again: 200 with {@code REPLAYED}, or {@code ALREADY_REPLAYED} for a
     * letter replayed before (it is not processed twice); 409 when it fails again, with the reason.
     */
    @PostMapping("/api/admin/dead-letters/{id}/replay")
    ResponseEntity<?> replay(@PathVariable String id) {
        DeadLetterReplay.Outcome outcome = replay.replay(id);
        if (outcome.status() == DeadLetterReplay.Status.FAILED) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Dead letter " + id + " failed again: " + outcome.failure());
            problem.setTitle("Replay failed");
            problem.setProperty("failure", outcome.failure());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.ok(outcome);
    }

    /** Replays every waiting letter that came from the topic, oldest first; those that fail again stay. */
    @PostMapping("/api/admin/dead-letters/replay")
    DeadLetterReplay.BulkOutcome replayTopic(@RequestParam String topic) {
        return replay.replayAll(topic);
    }
}
