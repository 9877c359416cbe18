package uk.socialvalue.support.audit;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.support.domain.InvalidField;

/** The audit log, for SVUK staff. */
@RestController
@Tag(name = "Audit")
@SecurityRequirement(name = "bearer")
class AuditController {

    private static final int MAX_PAGE_SIZE = 200;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "Who did what, when, for which organisation, newest first (admin); actor is a person id "
            + "or an email address")
    Map<String, Object> search(@RequestParam(required = false) String organisationId,
            @RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new InvalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        AuditLog.Page found = audit.search(organisationId, actor, page, size);
        return Map.of("items", found.items(), "page", found.page(), "size", found.size(), "total", found.total());
    }
}
