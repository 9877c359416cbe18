package uk.socialvalue.portal.admin;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.pages.FormFields;
import uk.socialvalue.portal.pages.FormSubmission;

/** Working groups, their meetings, issuing the invitations, and how the invitees answered. */
@Controller
class WorkingGroupsAdminController {

    static final List<String> SECTORS = List.of("LOCAL_GOVERNMENT", "HOUSING", "HEALTH", "PUBLIC_SECTOR",
            "VOLUNTARY_AND_COMMUNITY", "PRIVATE_SECTOR");

    private static final FormFields GROUP = FormFields.create()
            .field("name", "Name")
            .field("kind", "Kind of group")
            .field("region", "Region")
            .field("sector", "Sector")
            .field("description", "Description");

    private static final FormFields MEETING = FormFields.create()
            .field("title", "Title")
            .field("agenda", "Agenda")
            .field("startsAt", "day", "The start")
            .field("endsAt", "endTime", "The end")
            .field("venue", "Venue")
            .field("onlineUrl", "Joining link");

    /** Invitations shown a page at a time; membership-service answers up to 500 a page. */
    private static final int INVITATIONS_PAGE = 100;

    private final MembershipApi membership;

    WorkingGroupsAdminController(MembershipApi membership) {
        this.membership = membership;
    }

    @GetMapping("/admin/working-groups")
    String groups(Model model) {
        model.addAttribute("groups", membership.workingGroups());
        return "admin/working-groups";
    }

    @GetMapping("/admin/working-groups/new")
    String newGroup(Model model) {
        FormSubmission.showForm(model, () -> new WorkingGroupForm());
        model.addAttribute("regions", membership.regions());
        model.addAttribute("sectors", SECTORS);
        return "admin/working-group-form";
    }

    @PostMapping("/admin/working-groups")
    String create(@ModelAttribute WorkingGroupForm form, RedirectAttributes redirect) {
        return FormSubmission.submit(redirect, "/admin/working-groups/new", form, GROUP, () -> {
            MembershipApi.WorkingGroup group = membership.createWorkingGroup(form.toGroup());
            redirect.addFlashAttribute("notice", "The working group " + group.name() + " has been created.");
            return "redirect:/admin/working-groups/" + group.id();
        });
    }

    @GetMapping("/admin/working-groups/{groupId}")
    String group(@PathVariable String groupId, Model model) {
        model.addAttribute("group", membership.workingGroup(groupId));
        model.addAttribute("meetings", membership.meetings(groupId));
        return "admin/working-group";
    }

    @GetMapping("/admin/working-groups/{groupId}/meetings/new")
    String newMeeting(@PathVariable String groupId, Model model) {
        model.addAttribute("group", membership.workingGroup(groupId));
        FormSubmission.showForm(model, () -> new MeetingForm());
        return "admin/meeting-form";
    }

    @PostMapping("/admin/working-groups/{groupId}/meetings")
    String schedule(@PathVariable String groupId, @ModelAttribute MeetingForm form, RedirectAttributes redirect) {
        String formPage = "/admin/working-groups/" + groupId + "/meetings/new";
        ScheduleForm.When when = form.when();
        if (when.errors().any()) {
            return FormSubmission.invalid(redirect, formPage, form, when.errors());
        }
        return FormSubmission.submit(redirect, formPage, form, MEETING, () -> {
            MembershipApi.Meeting meeting = membership.scheduleMeeting(groupId,
                    form.toMeeting(when.startsAt(), when.endsAt()));
            redirect.addFlashAttribute("notice", "The meeting has been scheduled. Issue the invitations when you are "
                    + "ready.");
            return "redirect:/admin/meetings/" + meeting.id();
        });
    }

    /** A meeting, how its invitations stand, and a page of them in the order they were issued. */
    @GetMapping("/admin/meetings/{meetingId}")
    String meeting(@PathVariable String meetingId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("meeting", membership.meeting(meetingId));
        model.addAttribute("invitations", membership.meetingInvitations(meetingId, Math.max(0, page),
                INVITATIONS_PAGE));
        FormSubmission.showErrors(model);
        return "admin/meeting";
    }

    @GetMapping("/admin/meetings/{meetingId}/edit")
    String editMeeting(@PathVariable String meetingId, Model model) {
        MembershipApi.Meeting meeting = membership.meeting(meetingId);
        model.addAttribute("meeting", meeting);
        FormSubmission.showForm(model, () -> MeetingForm.of(meeting));
        return "admin/meeting-edit";
    }

    @PostMapping("/admin/meetings/{meetingId}/edit")
    String changeMeeting(@PathVariable String meetingId, @ModelAttribute MeetingForm form,
            RedirectAttributes redirect) {
        String formPage = "/admin/meetings/" + meetingId + "/edit";
        ScheduleForm.When when = form.when();
        if (when.errors().any()) {
            return FormSubmission.invalid(redirect, formPage, form, when.errors());
        }
        return FormSubmission.submit(redirect, formPage, form, MEETING, () -> {
            MembershipApi.Meeting meeting = membership.changeMeeting(meetingId,
                    form.toChanges(when.startsAt(), when.endsAt()));
            redirect.addFlashAttribute("notice", meeting.invitationsIssuedAt() == null
                    ? "The meeting has been changed."
                    : "The meeting has been changed. Everyone invited who has not declined has been emailed an "
                            + "updated calendar entry.");
            return "redirect:/admin/meetings/" + meetingId;
        });
    }

    @GetMapping("/admin/meetings/{meetingId}/cancel")
    String confirmCancelMeeting(@PathVariable String meetingId, Model model) {
        model.addAttribute("meeting", membership.meeting(meetingId));
        FormSubmission.showErrors(model);
        return "admin/meeting-cancel";
    }

    @PostMapping("/admin/meetings/{meetingId}/cancel")
    String cancelMeeting(@PathVariable String meetingId, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return FormSubmission.submit(redirect, "/admin/meetings/" + meetingId + "/cancel", null,
                FormFields.create().field("reason", "Reason"), () -> {
                    membership.cancelMeeting(meetingId, reason.strip());
                    redirect.addFlashAttribute("notice", "The meeting is cancelled. Everyone invited has been "
                            + "emailed a calendar cancellation.");
                    return "redirect:/admin/meetings/" + meetingId;
                });
    }

    @PostMapping("/admin/meetings/{meetingId}/invitations")
    String issue(@PathVariable String meetingId, RedirectAttributes redirect) {
        String page = "/admin/meetings/" + meetingId;
        return FormSubmission.submit(redirect, page, null, FormFields.create(), () -> {
            int invited = membership.issueInvitations(meetingId).invited();
            redirect.addFlashAttribute("notice", invited == 0 ? "Everyone eligible had already been invited."
                    : invited + (invited == 1 ? " person has" : " people have") + " been invited by email.");
            return "redirect:" + page;
        });
    }
}
