package uk.socialvalue.membership.organisation.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.membership.organisation.Contact;
import uk.socialvalue.membership.organisation.Memberships;
import uk.socialvalue.membership.organisation.Organisation;
import uk.socialvalue.membership.organisation.web.OrganisationView.ContactView;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.security.CurrentUser;

/**
 * An organisation's contacts, kept current as officers come and go: its primary contact or SVUK staff add
 * and remove them and hand over the primary role; each contact decides about invitations themselves.
 */
@RestController
@Tag(name = "Contacts")
@SecurityRequirement(name = "bearer")
class ContactsController {

    private final Memberships memberships;

    ContactsController(Memberships memberships) {
        this.memberships = memberships;
    }

    record NewContact(
            @NotBlank @Size(max = 200) @Pattern(regexp = ApplicationRequest.SINGLE_LINE,
                    message = "must be a single line of text") String name,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 200) @Pattern(regexp = ApplicationRequest.SINGLE_LINE,
                    message = "must be a single line of text") String jobTitle) {
    }

    record PrimaryContact(@NotBlank String personId) {
    }

    record Preferences(@NotNull Boolean workingGroupInvitations) {
    }

    @GetMapping("/api/organisations/{id}/contacts")
    @Operation(summary = "The organisation's current contacts, with each one's invitation preference")
    List<ContactView> contacts(@PathVariable String id, Authentication authentication) {
        return visible(id, authentication).contacts().stream().map(ContactView::of).toList();
    }

    @PostMapping("/api/organisations/{id}/contacts")
    @Operation(summary = "Add a contact (its primary contact or an admin); they are emailed a link to set a password")
    ResponseEntity<ContactView> add(@PathVariable String id, @Valid @RequestBody NewContact contact,
            Authentication authentication) {
        requireAdministers(id, authentication);
        Contact added = memberships.addContact(id, contact.name(), contact.email(), contact.jobTitle());
        return ResponseEntity.created(URI.create("/api/organisations/" + id + "/contacts/" + added.personId()))
                .body(ContactView.of(added));
    }

    @DeleteMapping("/api/organisations/{id}/contacts/{personId}")
    @Operation(summary = "Remove a contact who has left; their account closes, the history keeps them")
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String personId, Authentication authentication) {
        requireAdministers(id, authentication);
        memberships.removeContact(id, personId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/organisations/{id}/primary-contact")
    @Operation(summary = "Hand the primary contact role to another contact (its primary contact or an admin)")
    OrganisationView handOver(@PathVariable String id, @Valid @RequestBody PrimaryContact primary,
            Authentication authentication) {
        requireAdministers(id, authentication);
        return OrganisationView.of(memberships.handOverPrimaryContact(id, primary.personId()));
    }

    @PutMapping("/api/organisations/{id}/contacts/{personId}/preferences")
    @Operation(summary = "A contact's own choice to receive working-group invitations or not")
    ContactView preferences(@PathVariable String id, @PathVariable String personId,
            @Valid @RequestBody Preferences preferences, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        visible(id, authentication);
        if (!personId.equals(user.personId())) {
            throw new AccessDeniedException("Only the contact themselves can change their preferences");
        }
        Organisation organisation = memberships.setWorkingGroupInvitations(id, personId,
                preferences.workingGroupInvitations());
        return ContactView.of(organisation.contact(personId));
    }

    private Organisation visible(String id, Authentication authentication) {
        if (!CurrentUser.of(authentication).actsFor(id)) {
            throw new NotFound("No organisation " + id);
        }
        return memberships.find(id).orElseThrow(() -> new NotFound("No organisation " + id));
    }

    private static void requireAdministers(String id, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        if (!user.actsFor(id)) {
            throw new NotFound("No organisation " + id);
        }
        if (!user.administers(id)) {
            throw new AccessDeniedException("Only the organisation's primary contact can manage its contacts");
        }
    }
}
