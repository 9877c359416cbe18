package uk.socialvalue.portal.account;

import java.io.Serializable;

/** A new contact: name, email and job title. */
public class ContactForm implements Serializable {

    private String name = "";
    private String email = "";
    private String jobTitle = "";

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

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle == null ? "" : jobTitle.strip();
    }
}
