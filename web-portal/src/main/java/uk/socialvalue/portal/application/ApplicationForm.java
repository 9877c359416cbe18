package uk.socialvalue.portal.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.pages.FormErrors;

/** The application form, with the field names of the portal's public contract. */
public class ApplicationForm implements Serializable {

    static final String COUNCIL = "LOCAL_AUTHORITY";

    private String organisationType = "";
    private String gssCode = "";
    private String organisationName = "";
    private String region = "";
    private String name = "";
    private String email = "";
    private String jobTitle = "";
    private String membershipType = "";

    public boolean isCouncil() {
        return COUNCIL.equals(organisationType);
    }

    /**
     * What is missing, so that the check-your-answers page is not shown for an empty form. Only presence:
     * membership-service decides what is valid, and its answer is shown the same way.
     */
    FormErrors missing() {
        List<FormErrors.FieldMessage> missing = new ArrayList<>();
        require(missing, organisationType, "organisationType", "Select the type of organisation");
        if (isCouncil()) {
            require(missing, gssCode, "gssCode", "Select your council");
        } else if (!organisationType.isBlank()) {
            require(missing, organisationName, "organisationName", "Enter the organisation's name");
            require(missing, region, "region", "Select the region the organisation is in");
        }
        require(missing, membershipType, "membershipType", "Select a type of membership");
        require(missing, name, "name", "Enter your full name");
        require(missing, email, "email", "Enter your email address");
        return missing.isEmpty() ? FormErrors.none() : FormErrors.of(missing);
    }

    private static void require(List<FormErrors.FieldMessage> missing, String value, String field, String message) {
        if (value == null || value.isBlank()) {
            missing.add(new FormErrors.FieldMessage(field, message));
        }
    }

    MembershipApi.Application toApplication() {
        return new MembershipApi.Application(
                new MembershipApi.ApplicationOrganisation(organisationType, isCouncil() ? gssCode : null,
                        isCouncil() ? null : organisationName, isCouncil() ? null : region, null),
                new MembershipApi.ApplicationContact(name, email, blankToNull(jobTitle)), membershipType);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getOrganisationType() {
        return organisationType;
    }

    public void setOrganisationType(String organisationType) {
        this.organisationType = clean(organisationType);
    }

    public String getGssCode() {
        return gssCode;
    }

    public void setGssCode(String gssCode) {
        this.gssCode = clean(gssCode);
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = clean(organisationName);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = clean(region);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = clean(name);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = clean(email);
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = clean(jobTitle);
    }

    public String getMembershipType() {
        return membershipType;
    }

    public void setMembershipType(String membershipType) {
        this.membershipType = clean(membershipType);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
