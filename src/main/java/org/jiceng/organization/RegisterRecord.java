package org.jiceng.organization;

/**
 * A person's whole record with the names the national form prints: the branch's full name (所在党支部) and the
 * township above it. Identity and phone numbers are masked when the listing asked for it.
 */
public record RegisterRecord(Person person, String branchName, String branchShortName, String townshipName) {
}
