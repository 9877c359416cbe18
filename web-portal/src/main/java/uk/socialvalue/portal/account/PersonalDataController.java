package uk.socialvalue.portal.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.api.NotificationApi;
import uk.socialvalue.portal.api.TrainingApi;

/**
 * A contact's personal data: what each of the three services holds about them, as one JSON file to download
 * (the right of access). The portal only gathers it; each service decides what it holds.
 */
@Controller
class PersonalDataController {

    private final MembershipApi membership;
    private final TrainingApi training;
    private final NotificationApi notification;

    PersonalDataController(MembershipApi membership, TrainingApi training, NotificationApi notification) {
        this.membership = membership;
        this.training = training;
        this.notification = notification;
    }

    @GetMapping("/account/personal-data")
    String page() {
        return "account/personal-data";
    }

    @GetMapping("/account/personal-data/download")
    ResponseEntity<Map<String, Object>> download() {
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("membership", membership.personalData());
        held.put("training", training.personalData());
        held.put("notification", notification.personalData());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"svuk-personal-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(held);
    }
}
