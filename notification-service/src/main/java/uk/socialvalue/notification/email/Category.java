package uk.socialvalue.notification.email;

/**
 * Why an email is sent, which decides whether a person may opt out of it. Essential mail (accounts,
 * membership decisions, booking confirmations and cancellations) always goes; non-essential mail
 * carries a one-click unsubscribe and is suppressed once the address opts out.
 */
public enum Category {

    /** Password set-up and reset links: a person cannot use the platform without them. */
    ACCOUNT(true, "account emails"),
    /** Decisions and changes to an organisation's membership. */
    MEMBERSHIP(true, "membership emails"),
    /** Reminders that a membership is about to end. */
    RENEWAL_REMINDERS(false, "renewal reminders"),
    /** Training bookings: confirmed, wait-listed, promoted, cancelled, and sessions cancelled. */
    TRAINING_BOOKINGS(true, "training booking emails"),
    /** Reminders that a booked session is coming up. */
    TRAINING_REMINDERS(false, "training session reminders"),
    /** Attendance and the CPD hours it earned: a person's record of their professional development. */
    TRAINING_RECORDS(true, "training attendance records"),
    /** Invitations to working-group meetings. */
    WORKING_GROUP_INVITATIONS(false, "working-group invitations"),
    /** Answers to, and withdrawals of, invitations a person already has: they keep their calendar right. */
    WORKING_GROUP_MEETINGS(true, "working-group meeting updates");

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
