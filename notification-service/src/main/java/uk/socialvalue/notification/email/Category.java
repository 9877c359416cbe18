package uk.socialvalue.notification.email;

/**
 * Why an email is sent, which decides whether a person may opt out of it. Essential mail (accounts,
 * membership decisions, and later booking confirmations and cancellations) always goes; non-essential mail
 * carries a one-click unsubscribe and is suppressed once the address opts out.
 */
public enum Category {

    /** Password set-up and reset links: a person cannot use the platform without them. */
    ACCOUNT(true, "account emails"),
    /** Decisions and changes to an organisation's membership. */
    MEMBERSHIP(true, "membership emails"),
    /** Reminders that a membership is about to end. */
    RENEWAL_REMINDERS(false, "renewal reminders");

    private final boolean essential;
    private final String label;

    Category(boolean essential, String label) {
        this.essential = essential;
        this.label = label;
    }

    /** Whether every email of this category goes regardless of opt-outs. */
    public boolean isEssential() {
        return essential;
    }

    /** How the category reads in a sentence, "renewal reminders". */
    public String label() {
        return label;
    }
}
