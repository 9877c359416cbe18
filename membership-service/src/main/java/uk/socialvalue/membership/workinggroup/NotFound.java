package uk.socialvalue.membership.workinggroup;

/** No working group, meeting or invitation by that id or token. */
public class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message);
    }

    static NotFound workingGroup(String id) {
        return new NotFound("No working group " + id);
    }

    static NotFound meeting(String id) {
        return new NotFound("No meeting " + id);
    }

    static NotFound organisation(String id) {
        return new NotFound("No organisation " + id);
    }

    static NotFound invitation() {
        return new NotFound("No invitation with that link; it may have been mistyped");
    }
}
