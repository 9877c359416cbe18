package uk.socialvalue.portal.pages;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.socialvalue.portal.api.ServiceProblem;

import static org.assertj.core.api.Assertions.assertThat;

class FormFieldsTests {

    private final FormFields booking = FormFields.create()
            .field("attendees[].email", "attendees[].email", "Email address of attendee {n}")
            .field("contact.email", "email", "Email address");

    @Test
    void renamesAServicesFieldToTheFormsAndWritesASentence() {
        FormErrors errors = FormErrors.from(new ServiceProblem(400, "Invalid", List.of(
                new ServiceProblem.FieldProblem("contact.email", "must be a well-formed email address")), Map.of()),
                booking);

        assertThat(errors.list()).containsExactly(new FormErrors.FieldMessage("email",
                "Email address must be a well-formed email address"));
        assertThat(errors.problem()).isNull();
    }

    @Test
    void keepsTheRowOfAnIndexedField() {
        FormErrors errors = FormErrors.from(new ServiceProblem(400, "Invalid", List.of(
                new ServiceProblem.FieldProblem("attendees[2].email", "must not be blank")), Map.of()), booking);

        assertThat(errors.list()).containsExactly(new FormErrors.FieldMessage("attendees[2].email",
                "Email address of attendee 3 must not be blank"));
        assertThat(errors.id("attendees[2].email")).isEqualTo("attendees-2-email");
    }

    @Test
    void showsARefusalWithoutFieldsAsAPlainMessageAndOneNamingAFieldBesideIt() {
        FormErrors plain = FormErrors.from(new ServiceProblem(409, "The session is cancelled", List.of(), Map.of()),
                booking);
        FormErrors named = FormErrors.from(new ServiceProblem(409, "That email belongs to someone else", List.of(),
                Map.of("field", "contact.email")), booking);

        assertThat(plain.problem()).isEqualTo("The session is cancelled");
        assertThat(plain.list()).isEmpty();
        assertThat(named.message("email")).isEqualTo("That email belongs to someone else");
    }

    @Test
    void showsARefusalCarryingAPropertyTheFormTiesToAFieldBesideThatField() {
        FormFields places = FormFields.create().field("capacity", "Places").conflictOn("confirmedSeats", "capacity");

        FormErrors tied = FormErrors.from(new ServiceProblem(409, "The capacity cannot go below the 8 seats already "
                + "confirmed", List.of(), Map.of("confirmedSeats", "8")), places);
        FormErrors other = FormErrors.from(new ServiceProblem(409, "The session has started", List.of(), Map.of()),
                places);

        assertThat(tied.list()).containsExactly(new FormErrors.FieldMessage("capacity",
                "The capacity cannot go below the 8 seats already confirmed"));
        assertThat(tied.problem()).isNull();
        assertThat(other.problem()).isEqualTo("The session has started");
    }
}
