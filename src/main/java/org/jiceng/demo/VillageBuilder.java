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
        // The unit is the village committee (村民委员会); 单位类别 52 村, 建立党总支 (2) or 党支部 (3).
        writer.unit(orgId, villageName + (villageName.endsWith("村") ? "民委员会" : "村民委员会"), "52",
                members > 50 ? "2" : "3");
        int groupCount = Math.max(1, Math.min(4, members / 15));
        long[] groups = new long[groupCount];
        for (int g = 0; g < groupCount; g++) {
            groups[g] = writer.org(orgId, "PARTY_GROUP", null, villageName + GROUP_NAMES[g], GROUP_NAMES[g], g);
        }
        String address = addressPrefix + townshipName + villageName;
        LocalDate termStart = termStart(today);
        List<Long> memberIds = new ArrayList<>();
        List<Long> youngMembers = new ArrayList<>();
        List<Long> residents = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            boolean male = i < 3 || !people.chance(22);
            LocalDate birth = i < 5 ? people.adultBirthDate(today, 36, 58) : people.memberBirthDate(today);
            boolean probationary = i >= 5 && people.chance(4);
            int age = java.time.Period.between(birth, today).getYears();
            int joinAge = 18 + people.random().nextInt(Math.max(1, Math.min(22, age - 20)));
            LocalDate joined = probationary ? today.minusDays(30 + people.random().nextInt(300))
                    : birth.plusYears(joinAge).plusDays(people.random().nextInt(200));
            if (i < 5 && joined.isAfter(termStart.minusYears(3))) {
                // The village's committee and cadres were members well before the term they were elected to.
                joined = birth.plusYears(20 + people.random().nextInt(4));
            }
            LocalDate confirmed = probationary ? null : joined.plusYears(1).plusDays(people.random().nextInt(40));
            if (confirmed != null && confirmed.isAfter(today)) {
                // Joined less than a year and a bit ago: still in the probation year on the county's date.
                probationary = true;
                confirmed = null;
            }
            boolean migrant = i >= 3 && people.chance(7);
            boolean hardship = i >= 3 && !migrant && people.chance(4);
            boolean lost = i >= 3 && migrant && people.chance(8);
            // National 工作岗位: village cadres farm too (11 农牧渔业生产人员); 123 外出务工经商人员, 122 乡村医生.
            String workPost = i < 3 ? "11" : migrant ? "123" : people.chance(2) ? "122" : "11";
            long id = writer.person(orgId, groups[i % groupCount], people.name(male), male ? "1" : "2",
                    people.idNumber(birth, male), birth, people.education(), workPost,
                    probationary ? "PROBATIONARY" : "FULL", joined, confirmed,
                    migrant ? "外出务工" : i < 3 ? "村干部" : "农业生产", people.phone(),
                    address + (1 + people.random().nextInt(8)) + "组", "1", lost,
                    lost ? today.minusMonths(7 + people.random().nextInt(12)) : null, migrant,
                    migrant ? people.destination() : null, hardship, hardship ? people.hardship() : null);
            memberIds.add(id);
            if (!probationary && birth.isAfter(today.minusYears(40))) {
                youngMembers.add(id);
            }
            if (i >= 5 && !migrant && !probationary && age >= 28 && age <= 65) {
                residents.add(id);
            }
        }
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
        LocalDate termEnd = termEnd(termStart);
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
            } else if (v % 3 == 1 && birth.isBefore(today.minusYears(30))) {
                residents.add(villager);
            }
        }
        // 村民小组长: one per 村民小组 (4 to 8 groups), members or villagers living in the village, unpaid.
        int villagerGroups = Math.min(residents.size(), 4 + people.random().nextInt(5));
        for (int g = 0; g < villagerGroups; g++) {
            writer.villageCadre(orgId, residents.get(g), "09", false, false, termStart, termEnd);
        }
        return new Village(orgId, secretary, memberIds);
    }

    /**
     * The township Party committee (乡镇党委): seven 乡镇干部 registered at the township, each with a committee post —
     * the 乡 of the seed's 乡村组三级干部. Returns their ids, the secretary first.
     */
    List<Long> townshipCommittee(long townshipId, String townshipName) {
        String[] posts = {"01", "02", "02", "03", "04", "05", "07"};
        LocalDate since = LocalDate.of(today.getYear() - 1 - people.random().nextInt(2), 10, 1);
        List<Long> ids = new ArrayList<>();
        for (String post : posts) {
            boolean male = !people.chance(15);
            LocalDate birth = people.adultBirthDate(today, 30, 52);
            LocalDate joined = birth.plusYears(21 + people.random().nextInt(5));
            long id = writer.person(townshipId, null, people.name(male), male ? "1" : "2",
                    people.idNumber(birth, male), birth, people.chance(50) ? "21" : "22", "011", "FULL", joined,
                    joined.plusYears(1), "乡镇干部", people.phone(), addressPrefix + townshipName, "1", false, null,
                    false, null, false, null);
            writer.committeePost(townshipId, id, post, since);
            ids.add(id);
        }
        return ids;
    }

    /**
     * The start of the village committees' current term on {@code today}: elected every three years from 2008 (陕西's
     * 第七次 and 第八次村委会换届 of 2008 and 2011) until the five-year terms from 2021.
     */
    static LocalDate termStart(LocalDate today) {
        int year = today.getYear() >= 2021 ? 2021 + (today.getYear() - 2021) / 5 * 5
                : 2008 + Math.floorDiv(today.getYear() - 2008, 3) * 3;
        LocalDate start = LocalDate.of(year, 1, 15);
        return start.isAfter(today) ? LocalDate.of(year >= 2021 + 5 ? year - 5 : year - 3, 1, 15) : start;
    }

    static LocalDate termEnd(LocalDate termStart) {
        return termStart.plusYears(termStart.getYear() >= 2021 ? 5 : 3);
    }
}
