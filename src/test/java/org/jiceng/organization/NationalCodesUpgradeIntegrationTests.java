package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jiceng.support.RequiredEnvironment;
import org.jiceng.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A county upgrading from the V50-era register: its members hold the old 学历, 民族 and 人员类别 codes and phones
 * that mix mobiles and landlines. After migrating to the latest version every record is on the national codes, what
 * could not be mapped is reported to the system administrator and kept on the record, and landlines have their
 * area code apart. Runs on its own database (H2 in memory, or a schema of the PostgreSQL test database).
 */
@ExtendWith(RequiredEnvironment.class)
class NationalCodesUpgradeIntegrationTests {

    static final String SCHEMA = "v54_upgrade";

    DataSource dataSource;
    JdbcClient jdbc;

    @BeforeEach
    void databaseAtV50() {
        if (TestDatabase.isPostgres()) {
            String url = TestDatabase.postgresUrl();
            url += (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
            dataSource = new DriverManagerDataSource(url, env("JICENG_TEST_POSTGRES_USER", "postgres"),
                    env("JICENG_TEST_POSTGRES_PASSWORD", ""));
        } else {
            dataSource = new DriverManagerDataSource("jdbc:h2:mem:upgrade-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        }
        Flyway old = flyway("50");
        old.clean();
        old.migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void oldCodesAreMappedOntoTheNationalListsAndTheUnmappedReported() {
        long branch = orgs();
        jdbc.sql("INSERT INTO code_items (list_code, code, label, sort_order) VALUES ('EDUCATION', 'X1', '扫盲班', 20)")
                .update();
        person(branch, "初中党员", "71", "01", "121", "13912345678");
        person(branch, "大专党员", "31", "97", "124", "0917-8123456");
        person(branch, "硕士党员", "14", "98", "81", "02988776655");
        person(branch, "农民党员", "61", "01", "11", null);
        person(branch, "扫盲党员", "X1", "01", "129", "09178123456");

        flyway(null).migrate();

        assertThat(jdbc.sql("""
                SELECT name, education, ethnicity, work_post, category, phone, landline_area, landline_number
                FROM people ORDER BY id""").query((rs, i) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))).list())
                .containsExactly(
                        tuple("初中党员", "7", "01", null, "121", "13912345678", null, null),
                        tuple("大专党员", "22", "91", null, "124", null, "0917", "8123456"),
                        tuple("硕士党员", "12", "92", "604", null, null, "029", "88776655"),
                        tuple("农民党员", "6", "01", "11", null, null, null, null),
                        tuple("扫盲党员", "X1", "01", "124", null, null, "0917", "8123456"));

        assertThat(jdbc.sql("""
                SELECT list_code, old_code, new_code, outcome, records FROM code_migrations
                WHERE outcome = 'UNMAPPED' ORDER BY list_code, old_code""")
                .query((rs, i) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5))).list())
                .containsExactly(tuple("EDUCATION", "X1", null, "UNMAPPED", 1),
                        tuple("WORK_POST", "121", null, "UNMAPPED", 1), tuple("WORK_POST", "124", null, "UNMAPPED", 1));
        assertThat(jdbc.sql("SELECT new_code FROM code_migrations WHERE list_code = 'EDUCATION' AND old_code = '71'")
                .query(String.class).single()).isEqualTo("7");

        assertThat(count("SELECT COUNT(*) FROM code_items WHERE list_code = 'EDUCATION' AND national")).isEqualTo(20);
        assertThat(count("SELECT COUNT(*) FROM code_items WHERE list_code = 'ETHNICITY' AND national")).isEqualTo(59);
        assertThat(count("SELECT COUNT(*) FROM code_items WHERE list_code = 'WORK_POST' AND national")).isEqualTo(49);
        assertThat(count("SELECT COUNT(*) FROM code_items WHERE list_code = 'ETHNICITY' AND code IN ('97', '98')"))
                .as("old codes that moved are gone").isZero();
        assertThat(jdbc.sql("SELECT label, national, sort_order >= 1000 FROM code_items WHERE list_code = 'EDUCATION' AND code = 'X1'")
                .query((rs, i) -> tuple(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3))).single())
                .as("the county's own code stays, as a local addition after the national ones")
                .isEqualTo(tuple("扫盲班", false, true));
        assertThat(jdbc.sql("SELECT label FROM code_items WHERE list_code = 'WORK_POST' AND code = '124'")
                .query(String.class).single()).isEqualTo("其他农牧渔民");
        assertThat(count("SELECT COUNT(*) FROM code_items WHERE list_code = 'PERSON_CATEGORY' AND active"))
                .as("the old occupation list is kept only to show unmapped records").isZero();
    }

    private long orgs() {
        LocalDateTime now = LocalDateTime.of(2020, 1, 1, 8, 0);
        List<String[]> orgs = List.of(new String[] {"1", null, "COUNTY", "中共升级县委员会", "升级县", "0"},
                new String[] {"2", "1", "TOWNSHIP", "中共升级镇委员会", "升级镇", "1"},
                new String[] {"3", "2", "BRANCH", "中共升级村支部委员会", "升级村", "2"});
        for (String[] o : orgs) {
            jdbc.sql("""
                    INSERT INTO orgs (id, parent_id, org_type, name, short_name, depth, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(Long.valueOf(o[0]), o[1] == null ? null : Long.valueOf(o[1]), o[2], o[3], o[4],
                            Integer.valueOf(o[5]), now, now).update();
        }
        return 3;
    }

    private void person(long org, String name, String education, String ethnicity, String category, String phone) {
        LocalDateTime now = LocalDateTime.of(2020, 1, 1, 8, 0);
        jdbc.sql("""
                INSERT INTO people (org_id, name, gender, ethnicity, birth_date, education, category, political_status,
                                    joined_on, confirmed_on, phone, membership_status, created_at, updated_at)
                VALUES (?, ?, '1', ?, ?, ?, ?, 'FULL', ?, ?, ?, '1', ?, ?)""")
                .params(org, name, ethnicity, LocalDate.of(1970, 1, 1), education, category,
                        LocalDate.of(1995, 7, 1), LocalDate.of(1996, 7, 1), phone, now, now).update();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false);
        if (TestDatabase.isPostgres()) {
            config = config.schemas(SCHEMA).createSchemas(true);
        }
        if (target != null) {
            config = config.target(target);
        }
        return config.load();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
