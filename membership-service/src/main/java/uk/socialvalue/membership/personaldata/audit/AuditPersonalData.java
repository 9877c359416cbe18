package uk.socialvalue.membership.personaldata.audit;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import uk.socialvalue.membership.personaldata.PersonalDataHolder;
import uk.socialvalue.support.audit.AuditEntry;
import uk.socialvalue.support.audit.AuditLog;

/** What the person did, as the audit log recorded it. Erasure keeps the entries but drops their email. */
public class AuditPersonalData implements PersonalDataHolder {

    private final AuditLog audit;

    public AuditPersonalData(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String name() {
        return "actions";
    }

    @Override
    public Object heldAbout(String personId) {
        return audit.by(personId);
    }

    @Override
    public Set<String> emailsOf(String personId) {
        return audit.by(personId).stream().map(AuditEntry::actor).map(AuditEntry.Actor::email)
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    @Override
    public void erase(String personId) {
        audit.forget(personId);
    }
}
