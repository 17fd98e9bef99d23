package org.jiceng.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one village: its branch (党支部, or 党总支 when it has more than 50 members), party groups, members,
 * committee, village cadres (村两委 with 一肩挑 in some villages), reserve cadres and villagers who are not members.
 */
class VillageBuilder {

    private static final String[] GROUP_NAMES = {"第一党小组", "第二党小组", "第三党小组", "第四党小组"};

    private final RegisterWriter writer;
    private final PersonFactory people;
    private final LocalDate today;
    private final String addressPrefix;

    VillageBuilder(RegisterWriter writer, PersonFactory people, LocalDate today) {
        this(writer, people, today, "陕西省宝鸡市凤翔县");
    }

    /** @param addressPrefix the province, city and county part of home addresses */
    VillageBuilder(RegisterWriter writer, PersonFactory people, LocalDate today, String addressPrefix) {
        this.writer = writer;
        this.people = people;
        this.today = today;
        this.addressPrefix = addressPrefix;
    }

    /** What was built, for accounts that belong to a village's people. */
    record Village(long orgId, long secretaryId, List<Long> memberIds) {
    }

    Village build(long townshipId, String townshipName, String villageName, int sortOrder, int members,
                  int villagers) {
        String type = members > 50 ? "GENERAL_BRANCH" : "BRANCH";
        String fullName = "中共" + villageName + (members > 50 ? "总支部委员会" : "支部委员会");
        long orgId = writer.org(townshipId, type, null, fullName, villageName, sortOrder);
        int groupCount = Math.max(1, Math.min(4, members / 15));
        long[] groups = new long[groupCount];
        for (int g = 0; g < groupCount; g++) {
            groups[g] = writer.org(orgId, "PARTY_GROUP", null, villageName + GROUP_NAMES[g], GROUP_NAMES[g], g);
        }
        String address = addressPrefix + townshipName + villageName;
        List<Long> memberIds = new ArrayList<>();
        List<Long> youngMembers = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            boolean male = i < 3 || !people.chance(22);
            LocalDate birth = i < 3 ? people.adultBirthDate(today, 38, 58) : people.memberBirthDate(today);
            boolean probationary = i >= 3 && people.chance(4);
            int age = java.time.Period.between(birth, today).getYears();
            int joinAge = 18 + people.random().nextInt(Math.max(1, Math.min(22, age - 20)));
            LocalDate joined = probationary ? today.minusDays(30 + people.random().nextInt(300))
                    : birth.plusYears(joinAge).plusDays(people.random().nextInt(200));
            LocalDate confirmed = probationary ? null : joined.plusYears(1).plusDays(people.random().nextInt(40));
            boolean migrant = i >= 3 && people.chance(7);
            boolean hardship = i >= 3 && !migrant && people.chance(4);
            boolean lost = i >= 3 && migrant && people.chance(8);
            String category = i < 3 ? "121" : migrant ? "123" : people.chance(2) ? "122" : "11";
            long id = writer.person(orgId, groups[i % groupCount], people.name(male), male ? "1" : "2",
                    people.idNumber(birth, male), birth, people.education(), category,
                    probationary ? "PROBATIONARY" : "FULL", joined, confirmed,
                    migrant ? "外出务工" : i < 3 ? "村干部" : "农业生产", people.phone(),
                    address + (1 + people.random().nextInt(8)) + "组", "1", lost,
                    lost ? today.minusMonths(7 + people.random().nextInt(12)) : null, migrant,
                    migrant ? people.destination() : null, hardship, hardship ? people.hardship() : null);
            memberIds.add(id);
            if (!probationary && birth.isAfter(today.minusYears(40))) {
                youngMembers.add(id);
            }
        }
        LocalDate termStart = LocalDate.of(today.getYear() - 1 - (today.getYear() - 2021) % 5, 1, 15);
        long secretary = memberIds.get(0);
        writer.committeePost(orgId, secretary, "01", termStart);
        boolean fullCommittee = members >= 7;
        if (fullCommittee) {
            writer.committeePost(orgId, memberIds.get(1), "03", termStart);
            writer.committeePost(orgId, memberIds.get(2), "04", termStart);
            if (members > 30) {
                writer.committeePost(orgId, memberIds.get(3), "02", termStart);
                writer.committeePost(orgId, memberIds.get(4), "05", termStart);
            }
        }
        boolean concurrent = people.chance(60);
        LocalDate termEnd = termStart.plusYears(5);
        writer.villageCadre(orgId, secretary, "01", concurrent, true, termStart, termEnd);
        writer.villageCadre(orgId, concurrent ? secretary : memberIds.get(1), "03", concurrent, true, termStart, termEnd);
        writer.villageCadre(orgId, memberIds.get(2), "07", false, true, termStart, termEnd);
        writer.villageCadre(orgId, memberIds.get(Math.min(3, memberIds.size() - 1)), "08", false, false, termStart, termEnd);
        for (int r = 0; r < Math.min(2, youngMembers.size()); r++) {
            writer.reserveCadre(orgId, youngMembers.get(youngMembers.size() - 1 - r),
                    today.minusMonths(6 + people.random().nextInt(24)), r == 0 ? "村党组织书记" : "村委会委员",
                    "致富带头人，群众基础好");
        }
        for (int v = 0; v < villagers; v++) {
            boolean male = people.chance(55);
            LocalDate birth = v == 0 ? people.adultBirthDate(today, 24, 34) : people.adultBirthDate(today, 20, 70);
            long villager = writer.person(orgId, null, people.name(male), male ? "1" : "2",
                    people.chance(80) ? people.idNumber(birth, male) : null, birth, people.education(), "11", "NONE",
                    null, null, "农业生产", people.chance(70) ? people.phone() : null,
                    address + (1 + people.random().nextInt(8)) + "组", null, false, null, false, null, false, null);
            if (v == 0) {
                writer.reserveCadre(orgId, villager, today.minusMonths(3), "村委会委员", "返乡创业青年，非党员");
            }
        }
        return new Village(orgId, secretary, memberIds);
    }
}
