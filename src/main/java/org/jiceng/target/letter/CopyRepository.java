package org.jiceng.target.letter;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of the villages' copies of letters, their own target quantities and their amendments. */
@Repository
class CopyRepository {

    private static final String SELECT = """
            SELECT c.*, o.short_name AS village_name, o.name AS party_name FROM target_letter_copies c JOIN orgs o ON o.id = c.village_id""";

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final Clock clock;

    CopyRepository(JdbcClient jdbc, CodeLists codes, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.clock = clock;
    }

    void insert(long letterId, Collection<Long> villageIds) {
        for (long village : villageIds) {
            jdbc.sql("INSERT INTO target_letter_copies (letter_id, village_id, status, version) VALUES (?, ?, 'ISSUED', 0)")
                    .params(letterId, village).update();
        }
    }

    Optional<LetterCopy> find(long copyId) {
        return withTargets(jdbc.sql(SELECT + " WHERE c.id = ?").param(copyId).query((rs, i) -> copy(rs)).list())
                .stream().findFirst();
    }

    List<LetterCopy> ofLetter(long letterId) {
        return withTargets(jdbc.sql(SELECT + " WHERE c.letter_id = ? ORDER BY o.sort_order, o.id").param(letterId)
                .query((rs, i) -> copy(rs)).list());
    }

    /** The copies of villages in the user's scope under {@code orgId}, for letters of a year: letter id to copy. */
    Map<Long, List<LetterCopy>> under(ScopedSql scoped, long orgId, int year) {
        Map<Long, List<LetterCopy>> byLetter = new HashMap<>();
        withTargets(jdbc.sql(SELECT + ScopedSql.joinUnder("c.village_id", "orgId")
                        + " JOIN target_letters l ON l.id = c.letter_id WHERE l.letter_year = :year AND "
                        + scoped.predicate() + " ORDER BY o.sort_order, o.id")
                .params(scoped.params()).param("orgId", orgId).param("year", year).query((rs, i) -> copy(rs)).list())
                .forEach(c -> byLetter.computeIfAbsent(c.letterId(), k -> new java.util.ArrayList<>()).add(c));
        return byLetter;
    }

    /** Stores the copy as the aggregate left it (status, signing, quantities), if unchanged since {@code version}. */
    void save(LetterCopy after, long version) {
        int changed = jdbc.sql("""
                UPDATE target_letter_copies SET status = ?, signed_on = ?, village_signer = ?, township_signer = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(after.status().name(), after.signedOn(), after.villageSigner(), after.townshipSigner(),
                        after.id(), version).update();
        if (changed == 0) {
            throw new StaleEditException("该村目标责任书");
        }
        jdbc.sql("DELETE FROM target_letter_copy_targets WHERE copy_id = ?").param(after.id()).update();
        after.targets().forEach((item, quantity) -> jdbc.sql(
                        "INSERT INTO target_letter_copy_targets (copy_id, item_id, target_quantity) VALUES (?, ?, ?)")
                .params(after.id(), item, quantity).update());
    }

    void insertAmendment(LetterCopy.Change a, String username) {
        jdbc.sql("""
                INSERT INTO target_letter_amendments (copy_id, item_id, old_quantity, new_quantity, reason, amended_on,
                    amended_by, amended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.after().id(), a.itemId(), a.oldQuantity(), a.newQuantity(), a.reason(), a.on(), username,
                        LocalDateTime.now(clock)).update();
    }

    List<Amendment> amendments(long copyId) {
        return jdbc.sql("""
                SELECT a.*, i.line_no, i.content, i.unit FROM target_letter_amendments a
                JOIN target_letter_items i ON i.id = a.item_id WHERE a.copy_id = ? ORDER BY a.id""")
                .param(copyId).query((rs, n) -> new Amendment(rs.getLong("id"), rs.getLong("item_id"),
                        rs.getInt("line_no"), rs.getString("content"), rs.getBigDecimal("old_quantity"),
                        rs.getBigDecimal("new_quantity"), codes.label(LetterRepository.UNITS, rs.getString("unit")),
                        rs.getString("reason"), rs.getObject("amended_on", LocalDate.class),
                        rs.getString("amended_by"))).list();
    }

    private static LetterCopy copy(ResultSet rs) throws SQLException {
        return new LetterCopy(rs.getLong("id"), rs.getLong("letter_id"), rs.getLong("village_id"),
                rs.getString("village_name"), rs.getString("party_name"), CopyStatus.valueOf(rs.getString("status")),
                rs.getObject("signed_on", LocalDate.class), rs.getString("village_signer"),
                rs.getString("township_signer"), rs.getLong("version"), Map.of());
    }

    private List<LetterCopy> withTargets(List<LetterCopy> copies) {
        if (copies.isEmpty()) {
            return copies;
        }
        Map<Long, Map<Long, BigDecimal>> targets = new HashMap<>();
        jdbc.sql("SELECT copy_id, item_id, target_quantity FROM target_letter_copy_targets WHERE copy_id IN (:ids)")
                .param("ids", copies.stream().map(LetterCopy::id).toList())
                .query(rs -> {
                    targets.computeIfAbsent(rs.getLong("copy_id"), k -> new HashMap<>())
                            .put(rs.getLong("item_id"), rs.getBigDecimal("target_quantity"));
                });
        return copies.stream().map(c -> new LetterCopy(c.id(), c.letterId(), c.villageId(), c.villageName(), c.partyName(),
                c.status(), c.signedOn(), c.villageSigner(), c.townshipSigner(), c.version(),
                Map.copyOf(targets.getOrDefault(c.id(), Map.of())))).toList();
    }
}
