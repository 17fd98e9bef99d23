package org.jiceng.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.jiceng.organization.RegisterSql;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the demo's record writers share: the connection, a seeded random source, the demo's date, lookups by name. */
abstract class DemoRecords {

    protected final JdbcTemplate jdbc;
    protected final Random random;
    protected final LocalDateTime now;
    /** The demo county's date: nothing is held, played back or studied after it. */
    protected final LocalDate today;

    DemoRecords(JdbcTemplate jdbc, LocalDateTime now, long seed) {
        this.jdbc = jdbc;
        this.now = now;
        this.today = now.toLocalDate();
        this.random = new Random(seed);
    }

    protected long township(String name) {
        return jdbc.queryForObject("SELECT id FROM orgs WHERE org_type = 'TOWNSHIP' AND short_name = ?", Long.class, name);
    }

    /** The township's members in good standing who had joined by {@code day}. */
    protected List<Long> membersOf(long township, LocalDate day) {
        return jdbc.queryForList("""
                SELECT p.id FROM people p JOIN org_tree t ON t.descendant_id = p.org_id
                WHERE t.ancestor_id = ? AND\s""" + RegisterSql.memberInGoodStanding("p")
                        + " AND p.joined_on <= ? ORDER BY p.id",
                Long.class, township, day);
    }

    protected List<Long> sample(List<Long> people, int count) {
        List<Long> copy = new ArrayList<>(people);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }
}
