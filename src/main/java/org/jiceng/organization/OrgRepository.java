package org.jiceng.organization;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of organizations and of the closure table that makes subtree queries one indexed join. */
@Repository
class OrgRepository {

    private final JdbcClient jdbc;
    private final RegisterFigures figures;

    OrgRepository(JdbcClient jdbc, RegisterFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    Optional<Org> find(long id) {
        return jdbc.sql("""
                SELECT id, parent_id, org_type, code, name, short_name, depth, sort_order, founded_on, phone, address,
                       party_code, unit_name, unit_category, unit_code, unit_party_status, formation, approved_on, version
                FROM orgs WHERE id = ?""").param(id)
                .query((rs, i) -> new Org(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                        OrgType.valueOf(rs.getString("org_type")), rs.getString("code"), rs.getString("name"),
                        rs.getString("short_name"), rs.getInt("depth"), rs.getInt("sort_order"),
                        rs.getObject("founded_on", LocalDate.class), rs.getString("phone"), rs.getString("address"),
                        rs.getString("party_code"), rs.getString("unit_name"), rs.getString("unit_category"),
                        rs.getString("unit_code"), rs.getString("unit_party_status"), rs.getString("formation"),
                        rs.getObject("approved_on", LocalDate.class), rs.getLong("version")))
                .optional();
    }

    /** The short name of the organization already holding this 党组织代码, other than {@code exceptId}. */
    Optional<String> partyCodeHolder(String partyCode, Long exceptId) {
        return jdbc.sql("SELECT short_name FROM orgs WHERE party_code = :code AND id <> :except")
                .param("code", partyCode).param("except", exceptId == null ? -1L : exceptId)
                .query(String.class).optional();
    }

    boolean siblingNameTaken(Long parentId, String shortName, Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM orgs WHERE parent_id = :parent AND short_name = :name AND id <> :except")
                .param("parent", parentId).param("name", shortName).param("except", exceptId == null ? -1L : exceptId)
                .query(Long.class).single() > 0;
    }

    /**
     * Inserts a normalized form as an org under its parent, with its closure rows (itself at distance 0, and every
     * ancestor of the parent).
     */
    long insert(long parentId, OrgType type, OrgForm form, String name, int depth, LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO orgs (parent_id, org_type, code, name, short_name, depth, sort_order, founded_on, phone,
                                  address, party_code, unit_name, unit_category, unit_code, unit_party_status,
                                  formation, approved_on, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(parentId, type.name(), form.code(), name, form.shortName(), depth, form.sortOrderOrZero(),
                        form.foundedOn(), form.phone(), form.address(), form.partyCode(), form.unitName(),
                        form.unitCategory(), form.unitCode(), form.unitPartyStatus(), form.formation(),
                        form.approvedOn(), now, now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("INSERT INTO org_tree (ancestor_id, descendant_id, distance) VALUES (?, ?, 0)").params(id, id).update();
        jdbc.sql("""
                INSERT INTO org_tree (ancestor_id, descendant_id, distance)
                SELECT ancestor_id, ?, distance + 1 FROM org_tree WHERE descendant_id = ?""")
                .params(id, parentId).update();
        figures.orgAdded(id, type);
        return id;
    }

    /** Saves a normalized form over the record read at {@code expectedVersion}. */
    void update(long id, OrgForm form, String fullName, long expectedVersion, LocalDateTime now) {
        OrgTree.forgetRequest();
        int rows = jdbc.sql("""
                UPDATE orgs SET code = ?, name = ?, short_name = ?, sort_order = ?, founded_on = ?, phone = ?,
                                address = ?, party_code = ?, unit_name = ?, unit_category = ?, unit_code = ?,
                                unit_party_status = ?, formation = ?, approved_on = ?, version = version + 1,
                                updated_at = ?
                WHERE id = ? AND version = ?""")
                .params(form.code(), fullName, form.shortName(), form.sortOrderOrZero(), form.foundedOn(),
                        form.phone(), form.address(), form.partyCode(), form.unitName(), form.unitCategory(),
                        form.unitCode(), form.unitPartyStatus(), form.formation(), form.approvedOn(), now, id,
                        expectedVersion)
                .update();
        if (rows == 0) {
            throw new StaleEditException("该组织信息");
        }
    }

    /**
     * Re-hangs the subtree rooted at {@code id} under {@code newParentId}: drops the links from the old ancestors,
     * adds links from the new ones, and shifts the depth of the whole subtree.
     */
    void move(long id, long newParentId, int depthShift, long expectedVersion, LocalDateTime now) {
        OrgTree.forgetRequest();
        int rows = jdbc.sql("""
                UPDATE orgs SET parent_id = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?""")
                .params(newParentId, now, id, expectedVersion).update();
        if (rows == 0) {
            throw new StaleEditException("该组织信息");
        }
        figures.subtreeMoved(id, true);
        jdbc.sql("""
                DELETE FROM org_tree
                WHERE descendant_id IN (SELECT descendant_id FROM org_tree WHERE ancestor_id = :id)
                  AND ancestor_id NOT IN (SELECT descendant_id FROM org_tree WHERE ancestor_id = :id)""")
                .param("id", id).update();
        jdbc.sql("""
                INSERT INTO org_tree (ancestor_id, descendant_id, distance)
                SELECT a.ancestor_id, d.descendant_id, a.distance + d.distance + 1
                FROM org_tree a, org_tree d WHERE a.descendant_id = ? AND d.ancestor_id = ?""")
                .params(newParentId, id).update();
        figures.subtreeMoved(id, false);
        if (depthShift != 0) {
            jdbc.sql("UPDATE orgs SET depth = depth + ? WHERE id IN (SELECT descendant_id FROM org_tree WHERE ancestor_id = ?)")
                    .params(depthShift, id).update();
        }
    }
}
