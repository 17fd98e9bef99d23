package org.jiceng.assessment.scheme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.assessment.engine.GradeBand;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.SubjectKind;
import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of schemes with their indicator rows and bands; the contents of a draft are replaced as a whole. */
@Repository
public class SchemeRepository {

    static final String STALE = "该考核方案";

    private final JdbcClient jdbc;
    private final SchemeContents contents;

    SchemeRepository(JdbcClient jdbc, SchemeContents contents) {
        this.jdbc = jdbc;
        this.contents = contents;
    }

    public Optional<StoredScheme> find(long id) {
        return jdbc.sql("""
                SELECT s.*, o.name AS owner_name FROM assessment_schemes s JOIN orgs o ON o.id = s.owner_org_id
                WHERE s.id = ?""").param(id).query((rs, i) -> header(rs)).optional()
                .map(h -> h.withScheme(contents.of(id, h.status() != SchemeStatus.DRAFT)));
    }

    Optional<Long> ownerOf(long id) {
        return jdbc.sql("SELECT owner_org_id FROM assessment_schemes WHERE id = ?").param(id).query(Long.class)
                .optional();
    }

    int nextEdition(long ownerOrgId, String family, int year) {
        return jdbc.sql("""
                SELECT COALESCE(MAX(edition), 0) + 1 FROM assessment_schemes
                WHERE owner_org_id = ? AND family = ? AND scheme_year = ?""")
                .params(ownerOrgId, family, year).query(Integer.class).single();
    }

    long insert(long ownerOrgId, String family, int edition, SchemeStatus status, boolean example, String note,
                Long copiedFromId, Scheme scheme, Map<String, String> metrics, LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assessment_schemes (owner_org_id, family, name, scheme_year, subject_kind, edition, status,
                    base_max, bonus_cap, example, note, copied_from_id, published_at, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(ownerOrgId, family, scheme.name(), scheme.year(), scheme.subject().name(), edition,
                        status.name(), scheme.baseMax(), scheme.bonusCap(), example, note, copiedFromId,
                        status == SchemeStatus.PUBLISHED ? now : null, now, now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        writeContents(id, scheme, metrics);
        return id;
    }

    /** Saves a draft's header and replaces its indicators and bands, if nobody saved it since {@code version}. */
    void updateDraft(long id, long version, Scheme scheme, Map<String, String> metrics, String note,
                     LocalDateTime now) {
        int rows = jdbc.sql("""
                UPDATE assessment_schemes SET name = ?, base_max = ?, bonus_cap = ?, note = ?, version = version + 1,
                    updated_at = ? WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(scheme.name(), scheme.baseMax(), scheme.bonusCap(), note, now, id, version).update();
        if (rows == 0) {
            throw new StaleEditException(STALE);
        }
        jdbc.sql("DELETE FROM assessment_indicators WHERE scheme_id = ?").param(id).update();
        jdbc.sql("DELETE FROM assessment_bands WHERE scheme_id = ?").param(id).update();
        writeContents(id, scheme, metrics);
    }

    /** The published editions of the scheme's family and year other than the scheme itself. */
    List<Long> otherPublished(StoredScheme scheme) {
        return jdbc.sql("""
                SELECT id FROM assessment_schemes
                WHERE owner_org_id = ? AND family = ? AND scheme_year = ? AND status = 'PUBLISHED' AND id <> ?""")
                .params(scheme.ownerOrgId(), scheme.family(), scheme.scheme().year(), scheme.id())
                .query(Long.class).list();
    }

    /** Publishes the draft and retires the edition of the same family and year published before it. */
    void publish(long id, long version, LocalDateTime now) {
        StoredScheme draft = find(id).orElseThrow();
        int rows = jdbc.sql("""
                UPDATE assessment_schemes SET status = 'PUBLISHED', published_at = ?, version = version + 1,
                    updated_at = ? WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(now, now, id, version).update();
        if (rows == 0) {
            throw new StaleEditException(STALE);
        }
        jdbc.sql("""
                UPDATE assessment_schemes SET status = 'RETIRED', version = version + 1, updated_at = ?
                WHERE owner_org_id = ? AND family = ? AND scheme_year = ? AND status = 'PUBLISHED' AND id <> ?""")
                .params(now, draft.ownerOrgId(), draft.family(), draft.scheme().year(), id).update();
    }

    private void writeContents(long id, Scheme scheme, Map<String, String> metrics) {
        List<IndicatorRow> rows = IndicatorTree.flatten(scheme.indicators());
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow r = rows.get(i);
            jdbc.sql("""
                    INSERT INTO assessment_indicators (scheme_id, sort_order, parent_code, code, name, scoring_method,
                        max_points, unit_points, veto_grade, bonus, note, metric_code)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, r.parentCode(), r.code(), r.name(), r.method().name(), r.max(), r.unit(),
                            r.vetoGrade(), r.bonus(), r.note(), metrics.get(r.code())).update();
        }
        for (int i = 0; i < scheme.bands().size(); i++) {
            GradeBand b = scheme.bands().get(i);
            jdbc.sql("""
                    INSERT INTO assessment_bands (scheme_id, sort_order, name, min_score, max_score, condition_code,
                        condition_min, places) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, b.name(), b.min(), b.max(), b.conditionCode(), b.conditionMin(), b.places())
                    .update();
        }
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getLong("id"), rs.getLong("owner_org_id"), rs.getString("owner_name"),
                rs.getString("family"), rs.getString("name"), rs.getInt("scheme_year"),
                SubjectKind.valueOf(rs.getString("subject_kind")), rs.getInt("edition"),
                SchemeStatus.valueOf(rs.getString("status")), rs.getBigDecimal("base_max"),
                rs.getBigDecimal("bonus_cap"), rs.getBoolean("example"), rs.getString("note"),
                rs.getObject("copied_from_id", Long.class), rs.getObject("published_at", LocalDateTime.class),
                rs.getLong("version"));
    }

    private record Header(long id, long owner, String ownerName, String family, String name, int year,
                          SubjectKind subject, int edition, SchemeStatus status, java.math.BigDecimal baseMax,
                          java.math.BigDecimal bonusCap, boolean example, String note, Long copiedFrom,
                          LocalDateTime publishedAt, long version) {
        StoredScheme withScheme(SchemeContents.Contents c) {
            return new StoredScheme(id, owner, ownerName, family, edition, status, example, note, copiedFrom,
                    publishedAt, version, new Scheme(name, year, subject, baseMax, bonusCap, c.indicators(), c.bands()),
                    c.metrics());
        }
    }
}
