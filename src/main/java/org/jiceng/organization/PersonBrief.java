package org.jiceng.organization;

/** A person as another module needs to see them: name, org and whether a party member. */
public record PersonBrief(long id, String name, long orgId, PoliticalStatus politicalStatus) {

    public boolean member() {
        return politicalStatus.isMember();
    }
}
