package org.jiceng.demo;

/**
 * The size of a generated register. County scale is a large rural county (15 townships, 300 villages, 15,000
 * members); province scale is 50 such counties under one provincial committee (about 40,000 organizations and
 * 2,000,000 members). Each village gets a branch, party groups, a committee, village and reserve cadres, the given
 * number of members and of villagers who are not members.
 *
 * @param counties zero for a single county at the root; otherwise that many counties under a province
 */
public record Scale(String name, int counties, int townshipsPerCounty, int villagesPerTownship,
                    int membersPerVillage, int villagersPerVillage) {

    public static final Scale COUNTY = new Scale("county", 0, 15, 20, 50, 10);
    public static final Scale PROVINCE = new Scale("province", 50, 16, 10, 250, 10);

    public static Scale named(String name) {
        return switch (name.trim().toLowerCase()) {
            case "county" -> COUNTY;
            case "province" -> PROVINCE;
            default -> throw new IllegalArgumentException("Unknown scale '" + name + "': use county or province");
        };
    }

    public boolean hasProvince() {
        return counties > 0;
    }

    public int countyCount() {
        return Math.max(1, counties);
    }

    public long villages() {
        return (long) countyCount() * townshipsPerCounty * villagesPerTownship;
    }

    public long members() {
        return villages() * membersPerVillage;
    }

    /** Party groups per village, as {@link VillageBuilder} forms them: one per 15 members, one to four. */
    public int groupsPerVillage() {
        return Math.max(1, Math.min(4, membersPerVillage / 15));
    }

    public long orgs() {
        return (hasProvince() ? 1 : 0) + countyCount() + (long) countyCount() * townshipsPerCounty
                + villages() * (1 + groupsPerVillage());
    }
}
