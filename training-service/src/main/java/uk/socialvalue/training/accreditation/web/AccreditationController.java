package uk.socialvalue.training.accreditation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.security.CurrentUser;
import uk.socialvalue.training.accreditation.Accreditation;
import uk.socialvalue.training.accreditation.Accrediting;
import uk.socialvalue.training.accreditation.Track;

/** Accreditation tracks, defined by SVUK staff and public; the levels a person holds. */
@RestController
@Tag(name = "Accreditation")
class AccreditationController {

    private final Accrediting accrediting;

    AccreditationController(Accrediting accrediting) {
        this.accrediting = accrediting;
    }

    record TrackRequest(@NotBlank @Size(max = 200) String name, @NotEmpty @Size(max = 10) List<@NotBlank String> courseIds,
            @NotNull @Min(1) @Max(120) Integer validityMonths) {
    }

    record TrackView(String id, String name, List<Track.Level> levels, int validityMonths) {

        static TrackView of(Track track) {
            return new TrackView(track.id(), track.name(), track.levels(), track.validityMonths());
        }
    }

    record AccreditationView(String trackId, String trackName, int level, int levels, String levelTitle,
            String organisationId, LocalDate completedOn, LocalDate expiresOn, boolean valid) {
    }

    @PostMapping("/api/accreditation-tracks")
    @Operation(summary = "Define an accreditation track (admin): its courses in order, level 1 first, and how many "
            + "months a completed level stays valid")
    ResponseEntity<TrackView> define(@Valid @RequestBody TrackRequest request) {
        Track track = accrediting.define(request.name(), request.courseIds(), request.validityMonths());
        return ResponseEntity.created(URI.create("/api/accreditation-tracks/" + track.id())).body(TrackView.of(track));
    }

    @GetMapping("/api/accreditation-tracks")
    @Operation(summary = "The accreditation tracks (public)")
    List<TrackView> tracks() {
        return accrediting.tracks().stream().map(TrackView::of).toList();
    }

    @GetMapping("/api/accreditation-tracks/{id}")
    @Operation(summary = "One accreditation track (public)")
    TrackView track(@PathVariable String id) {
        return TrackView.of(accrediting.track(id));
    }

    @GetMapping("/api/accreditations")
    @Operation(summary = "The levels a person holds, with when each expires (admin: all; a contact: those completed "
            + "on their own organisation's bookings)")
    List<AccreditationView> accreditations(@RequestParam(required = false) String email,
            Authentication authentication) {
        if (email == null || email.isBlank()) {
            throw new InvalidField("email", "is required");
        }
        CurrentUser user = CurrentUser.of(authentication);
        if (!user.isAdmin() && user.organisationId() == null) {
            throw new AccessDeniedException("Only SVUK staff and contacts of organisations see accreditations");
        }
        LocalDate today = accrediting.today();
        return accrediting.of(email, user.isAdmin() ? null : user.organisationId()).stream()
                .map(a -> view(a, today)).toList();
    }

    private static AccreditationView view(Accreditation a, LocalDate today) {
        return new AccreditationView(a.trackId(), a.trackName(), a.level(), a.levels(), a.levelTitle(),
                a.organisationId(), a.completedOn(), a.expiresOn(), a.isValidOn(today));
    }
}
