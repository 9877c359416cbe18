package uk.socialvalue.contracts.workinggroup;

/** Whom a working group gathers: members of one UK region or nation, or of one sector. */
public enum WorkingGroupKind {
    REGIONAL,
    SECTOR
}
