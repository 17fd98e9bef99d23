package org.jiceng.incentive.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V46 on a county upgraded from an earlier version: everyone the register already marks in hardship gets an open
 * case, so the mark and the cases agree from the first start (one truth).
 */
class HardshipMigrationTests {

    @Test
    void everyoneMarkedInHardshipGetsAnOpenCaseAndNobodyElse() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("44").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        LocalDateTime now = LocalDateTime.of(2010, 3, 1, 9, 0);
        long county = org(jdbc, null, "COUNTY", "凤翔县委", now);
        long township = org(jdbc, county, "TOWNSHIP", "汉封乡", now);
        long branch = org(jdbc, township, "BRANCH", "关村村", now);
        long marked = person(jdbc, branch, "王秀英", "FULL", true, "本人患重病，长期治疗", now);
        person(jdbc, branch, "李明", "FULL", false, null, now);

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        var cases = jdbc.queryForList("SELECT * FROM hardship_cases");
        assertThat(cases).hasSize(1);
        Map<String, Object> c = cases.get(0);
        assertThat(((Number) c.get("person_id")).longValue()).isEqualTo(marked);
        assertThat(((Number) c.get("township_id")).longValue()).isEqualTo(township);
        assertThat(c.get("person_name")).isEqualTo("王秀英");
        assertThat(c.get("org_name")).isEqualTo("关村村");
        assertThat(c.get("member")).isEqualTo(true);
        assertThat(c.get("cause")).isEqualTo("99");
        assertThat(c.get("note")).isEqualTo("本人患重病，长期治疗");
        assertThat(c.get("closed_on")).isNull();
        assertThat(jdbc.queryForObject("SELECT opened_on FROM hardship_cases", LocalDate.class))
                .isEqualTo(LocalDate.of(2010, 3, 1));
    }

    private static long org(JdbcTemplate jdbc, Long parent, String type, String name, LocalDateTime now) {
        jdbc.update("""
                INSERT INTO orgs (parent_id, org_type, name, short_name, depth, sort_order, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, 0, 0, 0, ?, ?)""", parent, type, "中共" + name, name, now, now);
        long id = jdbc.queryForObject("SELECT MAX(id) FROM orgs", Long.class);
        jdbc.update("INSERT INTO org_tree (ancestor_id, descendant_id, distance) VALUES (?, ?, 0)", id, id);
        if (parent != null) {
            jdbc.update("""
                    INSERT INTO org_tree (ancestor_id, descendant_id, distance)
                    SELECT ancestor_id, ?, distance + 1 FROM org_tree WHERE descendant_id = ?""", id, parent);
        }
        return id;
    }

    private static long person(JdbcTemplate jdbc, long org, String name, String status, boolean hardship, String note,
                               LocalDateTime now) {
        jdbc.update("""
                INSERT INTO people (org_id, name, gender, ethnicity, birth_date, political_status, joined_on,
                    membership_status, hardship, hardship_note, version, created_at, updated_at)
                VALUES (?, ?, '2', '01', ?, ?, ?, '1', ?, ?, 0, ?, ?)""", org, name, LocalDate.of(1950, 1, 1), status,
                LocalDate.of(1975, 7, 1), hardship, note, now, now);
        return jdbc.queryForObject("SELECT MAX(id) FROM people", Long.class);
    }
}
