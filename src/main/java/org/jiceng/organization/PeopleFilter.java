package org.jiceng.organization;

/**
 * Filters of the people lists: the org whose whole subtree to list, free text (name, or a full identity or phone
 * number), kind (members or villagers), political status, 党籍状态 and the flags.
 */
public record PeopleFilter(Long org, String q, Kind kind, String politicalStatus, String membershipStatus,
                           String gender, Boolean migrant, Boolean hardship, Boolean lostContact) {

    public enum Kind { MEMBERS, VILLAGERS }

    public static PeopleFilter members(Long org, String q) {
        return new PeopleFilter(org, q, Kind.MEMBERS, null, null, null, null, null, null);
    }

    public Kind kindOrMembers() {
        return kind == null ? Kind.MEMBERS : kind;
    }
}
