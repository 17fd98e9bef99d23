package org.jiceng.organization;

import java.time.LocalDate;

import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Storage of committee posts, village cadres and reserve cadres. Nothing is deleted: posts and terms end, reserve
 * entries are deactivated. Every change is made from the version the user saw. Unscoped: the service checks scope.
 */
@Repository
class PostRepository {

    private final JdbcClient jdbc;

    PostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertCommitteePost(long orgId, long personId, String post, LocalDate startedOn) {
        return insert(jdbc.sql("""
                INSERT INTO committee_posts (org_id, person_id, post, started_on, version)
                VALUES (:org, :person, :post, :startedOn, 0)""")
                .param("org", orgId).param("person", personId).param("post", post).param("startedOn", startedOn));
    }

    void endCommitteePost(long postId, LocalDate endedOn, long expectedVersion) {
        changed(jdbc.sql("""
                UPDATE committee_posts SET ended_on = ?, version = version + 1
                WHERE id = ? AND version = ? AND ended_on IS NULL""")
                .params(endedOn, postId, expectedVersion).update(), "该职务");
    }

    long insertCadre(long orgId, CadreForm f) {
        return insert(jdbc.sql("""
                INSERT INTO village_cadres (org_id, person_id, post, concurrent_head, paid, term_start, term_end, version)
                VALUES (:org, :person, :post, :concurrentHead, :paid, :termStart, :termEnd, 0)""")
                .param("org", orgId).param("person", f.personId()).param("post", f.post())
                .param("concurrentHead", f.concurrentHead()).param("paid", f.paid())
                .param("termStart", f.termStart()).param("termEnd", f.termEnd()));
    }

    void updateCadre(long cadreId, CadreForm f, long expectedVersion) {
        changed(jdbc.sql("""
                UPDATE village_cadres SET post = :post, concurrent_head = :concurrentHead, paid = :paid,
                       term_start = :termStart, term_end = :termEnd, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("post", f.post()).param("concurrentHead", f.concurrentHead()).param("paid", f.paid())
                .param("termStart", f.termStart()).param("termEnd", f.termEnd())
                .param("id", cadreId).param("version", expectedVersion).update(), "该村干部信息");
    }

    void endCadre(long cadreId, LocalDate endedOn, long expectedVersion) {
        changed(jdbc.sql("UPDATE village_cadres SET term_end = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(endedOn, cadreId, expectedVersion).update(), "该村干部信息");
    }

    /** Whether the person has a current record of this post in the org other than {@code exceptId}. */
    boolean holdsCadrePost(long orgId, long personId, String post, Long exceptId, LocalDate today) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM village_cadres
                WHERE org_id = ? AND person_id = ? AND post = ? AND id <> ? AND (term_end IS NULL OR term_end > ?)""")
                .params(orgId, personId, post, exceptId == null ? -1L : exceptId, today)
                .query(Long.class).single() > 0;
    }

    long insertReserve(long orgId, ReserveForm f) {
        return insert(jdbc.sql("""
                INSERT INTO reserve_cadres (org_id, person_id, since, target_post, note, active, version)
                VALUES (:org, :person, :since, :targetPost, :note, TRUE, 0)""")
                .param("org", orgId).param("person", f.personId()).param("since", f.since())
                .param("targetPost", f.targetPost()).param("note", f.note()));
    }

    void updateReserve(long reserveId, ReserveForm f, long expectedVersion) {
        changed(jdbc.sql("""
                UPDATE reserve_cadres SET since = :since, target_post = :targetPost, note = :note, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("since", f.since()).param("targetPost", f.targetPost()).param("note", f.note())
                .param("id", reserveId).param("version", expectedVersion).update(), "该后备干部信息");
    }

    void deactivateReserve(long reserveId, long expectedVersion) {
        changed(jdbc.sql("UPDATE reserve_cadres SET active = FALSE, version = version + 1 WHERE id = ? AND version = ?")
                .params(reserveId, expectedVersion).update(), "该后备干部信息");
    }

    /** Whether the person has an active reserve entry in the org other than {@code exceptId}. */
    boolean activeReserve(long orgId, long personId, Long exceptId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM reserve_cadres WHERE org_id = ? AND person_id = ? AND id <> ? AND active = TRUE""")
                .params(orgId, personId, exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        var keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static void changed(int rows, String what) {
        if (rows == 0) {
            throw new StaleEditException(what);
        }
    }
}
