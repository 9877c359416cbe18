package uk.socialvalue.portal.booking;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import uk.socialvalue.portal.api.TrainingApi;
import uk.socialvalue.portal.pages.FormErrors;

/**
 * A booking as the form posts it: {@code attendees[0].name}, {@code attendees[0].email} (further rows alike)
 * and {@code purchaseOrder}. Rows left wholly blank are ignored.
 */
public class BookingForm implements Serializable {

    static final int MAX_ROWS = 100;

    private List<AttendeeRow> attendees = new ArrayList<>(List.of(new AttendeeRow()));
    private String purchaseOrder = "";

    /** One attendee's row. */
    public static class AttendeeRow implements Serializable {

        private String name = "";
        private String email = "";

        public AttendeeRow() {
        }

        AttendeeRow(String name, String email) {
            this.name = name;
            this.email = email;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name == null ? "" : name.strip();
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email == null ? "" : email.strip();
        }

        boolean isBlank() {
            return name.isBlank() && email.isBlank();
        }
    }

    /** The rows someone filled in, in order. */
    public List<AttendeeRow> filled() {
        return attendees.stream().filter(row -> row != null && !row.isBlank()).toList();
    }

    /** Keeps the filled rows and adds an empty one, for "Add another attendee". */
    void addRow() {
        List<AttendeeRow> rows = new ArrayList<>(filled());
        if (rows.size() < MAX_ROWS) {
            rows.add(new AttendeeRow());
        }
        attendees = rows;
    }

    /** Only presence, before the check page: training-service decides what is valid. */
    FormErrors missing() {
        List<AttendeeRow> rows = filled();
        if (rows.isEmpty()) {
            return FormErrors.of("attendees[0].name", "Enter the name of at least one attendee");
        }
        List<FormErrors.FieldMessage> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getName().isBlank()) {
                missing.add(new FormErrors.FieldMessage("attendees[" + i + "].name", "Enter the name of attendee " + (i + 1)));
            }
            if (rows.get(i).getEmail().isBlank()) {
                missing.add(new FormErrors.FieldMessage("attendees[" + i + "].email",
                        "Enter the email address of attendee " + (i + 1)));
            }
        }
        return missing.isEmpty() ? FormErrors.none() : FormErrors.of(missing);
    }

    /** The form with only its filled rows, so that row numbers match what the service names. */
    BookingForm compacted() {
        BookingForm compact = new BookingForm();
        compact.attendees = new ArrayList<>(filled());
        if (compact.attendees.isEmpty()) {
            compact.attendees.add(new AttendeeRow());
        }
        compact.purchaseOrder = purchaseOrder;
        return compact;
    }

    /** The form holding a booking's attendees as they stand, to be substituted seat for seat. */
    static BookingForm of(List<TrainingApi.BookingAttendee> attendees) {
        BookingForm form = new BookingForm();
        form.attendees = new ArrayList<>(attendees.stream()
                .map(attendee -> new AttendeeRow(attendee.name(), attendee.email())).toList());
        return form;
    }

    List<TrainingApi.Attendee> toAttendees() {
        return filled().stream().map(row -> new TrainingApi.Attendee(row.getName(), row.getEmail())).toList();
    }

    TrainingApi.NewBooking toBooking() {
        return new TrainingApi.NewBooking(toAttendees(), purchaseOrder.isBlank() ? null : purchaseOrder);
    }

    public List<AttendeeRow> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<AttendeeRow> attendees) {
        this.attendees = attendees == null ? new ArrayList<>() : new ArrayList<>(attendees);
    }

    public String getPurchaseOrder() {
        return purchaseOrder;
    }

    public void setPurchaseOrder(String purchaseOrder) {
        this.purchaseOrder = purchaseOrder == null ? "" : purchaseOrder.strip();
    }
}
