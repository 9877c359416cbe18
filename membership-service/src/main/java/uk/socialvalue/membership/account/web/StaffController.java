package uk.socialvalue.membership.account.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.membership.account.Accounts;
import uk.socialvalue.membership.account.EmailTaken;
import uk.socialvalue.membership.account.Person;
import uk.socialvalue.support.web.ConflictException;

/** SVUK's staff: administrators add and remove each other; the last one stays. */
@RestController
@Tag(name = "Staff")
@SecurityRequirement(name = "bearer")
class StaffController {

    private final Accounts accounts;

    StaffController(Accounts accounts) {
        this.accounts = accounts;
    }

    record NewStaff(@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\r\\n]*",
            message = "must be a single line of text") String name, @NotBlank @Email @Size(max = 254) String email) {
    }

    record StaffView(String personId, String name, String email, boolean passwordSet) {

        static StaffView of(Person person) {
            return new StaffView(person.id(), person.name(), person.email(), person.hasPassword());
        }
    }

    @PostMapping("/api/staff")
    @Operation(summary = "Add a member of SVUK staff (201 with personId); they are emailed a link to set a password")
    ResponseEntity<Map<String, String>> add(@Valid @RequestBody NewStaff request) {
        try {
            Person person = accounts.addStaff(request.name(), request.email());
            return ResponseEntity.created(URI.create("/api/staff/" + person.id()))
                    .body(Map.of("personId", person.id()));
        } catch (EmailTaken e) {
            throw new ConflictException(e.getMessage(), Map.of("field", "email"));
        }
    }

    @GetMapping("/api/staff")
    @Operation(summary = "SVUK's staff, by name")
    Map<String, List<StaffView>> list() {
        return Map.of("items", accounts.staff().stream().map(StaffView::of).toList());
    }

    @DeleteMapping("/api/staff/{personId}")
    @Operation(summary = "Take someone off SVUK's staff (204); their access ends. Never the last administrator (409)")
    ResponseEntity<Void> remove(@PathVariable String personId) {
        try {
            accounts.removeStaff(personId);
        } catch (Accounts.LastAdministrator e) {
            throw new ConflictException(e.getMessage(), Map.of());
        }
        return ResponseEntity.noContent().build();
    }
}
