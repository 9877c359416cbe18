package uk.socialvalue.support.deadletter;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What this service could not process, for SVUK staff (admin). */
@RestController
class DeadLettersController {

    private final DeadLetterLog deadLetters;

    DeadLettersController(DeadLetterLog deadLetters) {
        this.deadLetters = deadLetters;
    }

    record DeadLetters(long total, List<DeadLetter> newest) {
    }

    @GetMapping("/api/admin/dead-letters")
    DeadLetters deadLetters(@RequestParam(defaultValue = "50") int limit) {
        return new DeadLetters(deadLetters.count(), deadLetters.newest(Math.max(1, Math.min(limit, 500))));
    }
}
