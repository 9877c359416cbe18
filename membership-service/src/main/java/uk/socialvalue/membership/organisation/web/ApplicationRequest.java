package uk.socialvalue.membership.organisation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.membership.organisation.ApplicationForm;
import uk.socialvalue.membership.organisation.Sector;

/** The body of {@code POST /api/applications}. */
record ApplicationRequest(@NotNull @Valid Organisation organisation, @NotNull @Valid Contact contact,
        @NotBlank @Size(max = 50) String membershipType) {

    /** No control characters (line breaks included) in anything that ends up in an email header. */
    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

    record Organisation(@NotNull OrganisationType type, @Size(max = 20) String gssCode,
            @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = "must be a single line of text") String name,
            @Size(max = 100) String region, Sector sector) {
    }

    record Contact(
            @NotBlank @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = "must be a single line of text") String name,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = "must be a single line of text") String jobTitle) {
    }

    ApplicationForm toApplication() {
        return new ApplicationForm(organisation.type(), organisation.gssCode(), organisation.name(),
                organisation.region(), organisation.sector(), membershipType, contact.name(), contact.email(), contact.jobTitle());
    }
}
