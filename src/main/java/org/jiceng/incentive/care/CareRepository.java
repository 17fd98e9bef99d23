package org.jiceng.incentive.care;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.Text;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of hardship cases and support entries. Entries are only ever inserted: a reversal is another row. */
@Repository
class CareRepository {

    static final String CAUSES = "HARDSHIP_CAUSE";
    static final String SEVERITIES = "HARDSHIP_SEVERITY";
    static final String KINDS = "SUPPORT_KIND";
    static final String FUNDS = "SUPPORT_FUND";

    static final String ENTRY_SELECT = """
            SELECT e.*, (SELECT r.id FROM support_entries r WHERE r.reversal_of = e.id) AS reversed_by
            FROM support_entries e""";

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final Clock clock;

    CareRepository(JdbcClient jdbc, CodeLists codes, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.clock = clock;
    }

    /** Who the case is about, as on the day it is opened. */
    record Subject(long personId, String name, long orgId, String orgName, Long townshipId, boolean member,
                   boolean cadre) {
    }

    long insertCase(CaseForm f, Subject s, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO hardship_cases (person_id, org_id, township_id, person_name, org_name, member, cadre, cause,
                    severity, opened_on, note, created_by, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(s.personId(), s.orgId(), s.townshipId(), s.name(), s.orgName(), s.member(), s.cadre(),
                        f.cause(), f.severity(), f.openedOn(), Text.clean(f.note()), username, LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<HardshipCase> findCase(long id) {
        return jdbc.sql("SELECT * FROM hardship_cases WHERE id = ?").param(id).query(caseMapper()).optional();
    }

    /** The person's cases still open, latest opened first. */
    List<HardshipCase> openCasesOf(long personId) {
        return jdbc.sql("SELECT * FROM hardship_cases WHERE person_id = ? AND closed_on IS NULL"
                + " ORDER BY opened_on DESC, id DESC").param(personId).query(caseMapper()).list();
    }

    List<HardshipCase> casesOf(long personId) {
        return jdbc.sql("SELECT * FROM hardship_cases WHERE person_id = ? ORDER BY opened_on DESC, id DESC")
                .param(personId).query(caseMapper()).list();
    }

    boolean openWithCause(long personId, String cause) {
        return jdbc.sql("SELECT COUNT(*) FROM hardship_cases WHERE person_id = ? AND cause = ? AND closed_on IS NULL")
                .params(personId, cause).query(Long.class).single() > 0;
    }

    void closeCase(long id, CloseForm f, String username, long version) {
        int rows = jdbc.sql("""
                UPDATE hardship_cases SET closed_on = ?, close_reason = ?, closed_by = ?, version = version + 1
                WHERE id = ? AND version = ? AND closed_on IS NULL""")
                .params(f.closedOn(), f.reason().strip(), username, id, version).update();
        if (rows == 0) {
            throw new StaleEditException("该帮扶对象");
        }
    }

    /** Bumps the case's version, so a close from an older view of it is refused while support is being added. */
    void touchCase(long id) {
        jdbc.sql("UPDATE hardship_cases SET version = version + 1 WHERE id = ?").param(id).update();
    }

    long insertSupport(long caseId, SupportForm f, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO support_entries (case_id, support_year, given_on, kind, amount, fund_source, goods, visitor,
                    note, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, f.givenOn().getYear(), f.givenOn(), f.kind(), f.amount().setScale(2), f.fundSource(),
                        Text.clean(f.goods()), Text.clean(f.visitor()), Text.clean(f.note()), username, LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * The reversal of an entry: same case, year, date, kind and fund, the negative amount, and the reason. Two
     * officers reversing the same entry at once: the unique key lets one through, the other sees a conflict.
     */
    long insertReversal(SupportEntry entry, String reason, String username) {
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO support_entries (case_id, support_year, given_on, kind, amount, fund_source, goods,
                        visitor, note, reversal_of, reversal_reason, recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)""")
                    .params(entry.caseId(), entry.year(), entry.givenOn(), entry.kind(), entry.amount().negate(),
                            entry.fundSource(), entry.goods(), entry.visitor(), entry.id(), reason.strip(), username,
                            LocalDateTime.now(clock))
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw new StaleEditException("该帮扶记录");
        }
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<SupportEntry> findEntry(long id) {
        return jdbc.sql(ENTRY_SELECT + " WHERE e.id = ?").param(id).query(entryMapper()).optional();
    }

    List<SupportEntry> entries(long caseId) {
        return jdbc.sql(ENTRY_SELECT + " WHERE e.case_id = ? ORDER BY e.given_on DESC, e.id DESC").param(caseId)
                .query(entryMapper()).list();
    }

    Optional<LocalDate> lastSupport(long caseId) {
        return jdbc.sql("SELECT given_on FROM support_entries WHERE case_id = ? ORDER BY given_on DESC LIMIT 1")
                .param(caseId).query(LocalDate.class).optional();
    }

    RowMapper<HardshipCase> caseMapper() {
        Map<String, String> causes = codes.labels(CAUSES);
        Map<String, String> severities = codes.labels(SEVERITIES);
        return (rs, i) -> new HardshipCase(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
                rs.getLong("org_id"), rs.getString("org_name"), rs.getObject("township_id", Long.class),
                rs.getBoolean("member"), rs.getBoolean("cadre"), rs.getString("cause"),
                causes.getOrDefault(rs.getString("cause"), rs.getString("cause")), rs.getString("severity"),
                severities.getOrDefault(rs.getString("severity"), rs.getString("severity")),
                rs.getObject("opened_on", LocalDate.class), rs.getString("note"),
                rs.getObject("closed_on", LocalDate.class), rs.getString("close_reason"), rs.getString("closed_by"),
                rs.getString("created_by"), rs.getObject("created_at", LocalDateTime.class), rs.getLong("version"));
    }

    RowMapper<SupportEntry> entryMapper() {
        Map<String, String> kinds = codes.labels(KINDS);
        Map<String, String> funds = codes.labels(FUNDS);
        return (rs, i) -> new SupportEntry(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("support_year"),
                rs.getObject("given_on", LocalDate.class), rs.getString("kind"),
                kinds.getOrDefault(rs.getString("kind"), rs.getString("kind")), rs.getBigDecimal("amount"),
                rs.getString("fund_source"), funds.getOrDefault(rs.getString("fund_source"), rs.getString("fund_source")),
                rs.getString("goods"), rs.getString("visitor"), rs.getString("note"),
                rs.getObject("reversal_of", Long.class), rs.getString("reversal_reason"),
                rs.getObject("reversed_by", Long.class), rs.getString("recorded_by"),
                rs.getObject("recorded_at", LocalDateTime.class));
    }

}
