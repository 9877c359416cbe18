package uk.socialvalue.portal.admin;

import java.io.Serializable;

import uk.socialvalue.portal.api.MembershipApi;

/** A new working group: regional (a register region) or sector. */
public class WorkingGroupForm implements Serializable {

    private String name = "";
    private String kind = "";
    private String region = "";
    private String sector = "";
    private String description = "";

    MembershipApi.NewWorkingGroup toGroup() {
        return new MembershipApi.NewWorkingGroup(name, CourseForm.blankToNull(kind), CourseForm.blankToNull(region),
                CourseForm.blankToNull(sector), CourseForm.blankToNull(description));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind.strip();
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null ? "" : region.strip();
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector == null ? "" : sector.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description.strip();
    }
}
