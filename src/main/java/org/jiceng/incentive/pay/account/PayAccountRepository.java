package org.jiceng.incentive.pay.account;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Scope;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for dedicated accounts and their ledgers. Balances are summed here on every read; nothing stores them. */
@Repository
class PayAccountRepository {

    private static final String ACCOUNT = """
            SELECT a.*, COALESCE((SELECT SUM(e.amount) FROM pay_entries e WHERE e.account_id = a.id), 0) AS balance
            FROM pay_accounts a""";

    /** Entries with the payee of a pay out (line and run) and the id of the entry that reversed each, if any. */
    private static final String ENTRY = """
            SELECT e.*, r.id AS reversal_id, l.person_name, l.post_label, u.kind AS run_kind, u.run_year, u.run_month
            FROM pay_entries e
            LEFT JOIN pay_entries r ON r.reversed_id = e.id
            LEFT JOIN pay_lines l ON l.id = e.line_id
            LEFT JOIN pay_runs u ON u.id = l.run_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    PayAccountRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The accounts of a township's villages within the scope. */
    List<PayAccount> ofTownship(long townshipId, Scope scope) {
        ScopedSql scoped = ScopedSql.of(scope, "a.village_id", null);
        return jdbc.sql(ACCOUNT + " WHERE a.township_id = :township AND " + scoped.predicate() + " ORDER BY a.id")
                .param("township", townshipId).params(scoped.params()).query((rs, i) -> account(rs)).list();
    }

    Optional<PayAccount> find(long id) {
        return jdbc.sql(ACCOUNT + " WHERE a.id = ?").param(id).query((rs, i) -> account(rs)).optional();
    }

    Optional<PayAccount> ofVillage(long villageId) {
        return jdbc.sql(ACCOUNT + " WHERE a.village_id = ?").param(villageId).query((rs, i) -> account(rs)).optional();
    }

    /** Village → township of the accounts of these villages or of the villages of these townships. */
    Map<Long, Long> holders(java.util.Collection<Long> orgIds) {
        Map<Long, Long> holders = new java.util.HashMap<>();
        jdbc.sql("SELECT village_id, township_id FROM pay_accounts WHERE village_id IN (:ids) OR township_id IN (:ids)")
                .param("ids", orgIds).query(rs -> {
                    holders.put(rs.getLong("village_id"), rs.getLong("township_id"));
                });
        return holders;
    }

    Optional<Long> villageOf(long accountId) {
        return jdbc.sql("SELECT village_id FROM pay_accounts WHERE id = ?").param(accountId).query(Long.class)
                .optional();
    }

    Optional<Long> villageOfEntry(long entryId) {
        return jdbc.sql("SELECT village_id FROM pay_entries WHERE id = ?").param(entryId).query(Long.class).optional();
    }

    /** Holds the account until the transaction ends, so two payments never both spend the same balance. */
    void lock(long accountId) {
        jdbc.sql("SELECT id FROM pay_accounts WHERE id = ? FOR UPDATE").param(accountId).query(Long.class).single();
    }

    long insert(long townshipId, PayAccountForm form, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pay_accounts (village_id, township_id, account_name, bank, account_no, population,
                    opened_on, opened_by, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(form.villageId(), townshipId, form.accountName().strip(), Text.clean(form.bank()),
                        Text.clean(form.accountNo()), form.population(), form.openedOn(), by, LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(long id, PayAccountForm form, long version) {
        int updated = jdbc.sql("""
                UPDATE pay_accounts SET account_name = ?, bank = ?, account_no = ?, population = ?, opened_on = ?,
                    version = version + 1 WHERE id = ? AND version = ?""")
                .params(form.accountName().strip(), Text.clean(form.bank()), Text.clean(form.accountNo()),
                        form.population(), form.openedOn(), id, version).update();
        if (updated == 0) {
            throw new StaleEditException("该专帐信息");
        }
    }

    List<LedgerEntry> entries(long accountId) {
        return jdbc.sql(ENTRY + " WHERE e.account_id = ? ORDER BY e.entry_date, e.id").param(accountId)
                .query((rs, i) -> entry(rs)).list();
    }

    List<LedgerEntry> entriesBetween(long accountId, LocalDate from, LocalDate to) {
        return jdbc.sql(ENTRY + " WHERE e.account_id = ? AND e.entry_date BETWEEN ? AND ? ORDER BY e.entry_date, e.id")
                .params(accountId, from, to).query((rs, i) -> entry(rs)).list();
    }

    BigDecimal balance(long accountId) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM pay_entries WHERE account_id = ?").param(accountId)
                .query(BigDecimal.class).single().setScale(2);
    }

    BigDecimal balanceBefore(long accountId, LocalDate date) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM pay_entries WHERE account_id = ? AND entry_date < ?")
                .params(accountId, date).query(BigDecimal.class).single();
    }

    Optional<LedgerEntry> entry(long id) {
        return jdbc.sql(ENTRY + " WHERE e.id = ?").param(id).query((rs, i) -> entry(rs)).optional();
    }

    /** Writes one entry; {@code values} holds the optional columns by name. */
    long insertEntry(PayAccount account, EntryKind kind, LocalDate date, BigDecimal amount, Map<String, Object> values,
                     String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pay_entries (account_id, village_id, township_id, kind, entry_date, amount, source,
                    document_no, line_id, method, reversed_id, reason, note, recorded_by, recorded_at)
                VALUES (:account, :village, :township, :kind, :date, :amount, :source, :documentNo, :lineId, :method,
                    :reversedId, :reason, :note, :by, :at)""")
                .param("account", account.id()).param("village", account.villageId())
                .param("township", account.townshipId()).param("kind", kind.name()).param("date", date)
                .param("amount", amount).param("source", values.get("source"))
                .param("documentNo", values.get("documentNo")).param("lineId", values.get("lineId"))
                .param("method", values.get("method")).param("reversedId", values.get("reversedId"))
                .param("reason", values.get("reason")).param("note", values.get("note"))
                .param("by", by).param("at", LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static PayAccount account(ResultSet rs) throws SQLException {
        return new PayAccount(rs.getLong("id"), rs.getLong("village_id"), null, rs.getLong("township_id"),
                rs.getString("account_name"), rs.getString("bank"), rs.getString("account_no"),
                rs.getInt("population"), rs.getObject("opened_on", LocalDate.class), rs.getString("opened_by"),
                rs.getBigDecimal("balance").setScale(2), rs.getLong("version"));
    }

    private static LedgerEntry entry(ResultSet rs) throws SQLException {
        String method = rs.getString("method");
        String payee = null;
        if (rs.getString("person_name") != null) {
            String period = "PERFORMANCE".equals(rs.getString("run_kind"))
                    ? rs.getInt("run_year") + "年度绩效报酬"
                    : rs.getInt("run_year") + "年" + rs.getInt("run_month") + "月基本报酬";
            payee = rs.getString("person_name") + "（" + rs.getString("post_label") + "）" + period;
        }
        return new LedgerEntry(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("village_id"),
                EntryKind.valueOf(rs.getString("kind")), rs.getObject("entry_date", LocalDate.class),
                rs.getBigDecimal("amount"), rs.getString("source"), rs.getString("document_no"),
                (Long) rs.getObject("line_id", Long.class), method == null ? null : PayMethod.valueOf(method),
                (Long) rs.getObject("reversed_id", Long.class), (Long) rs.getObject("reversal_id", Long.class),
                rs.getString("reason"), rs.getString("note"), payee, rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toLocalDateTime());
    }

}
