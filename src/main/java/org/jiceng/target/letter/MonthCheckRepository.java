package org.jiceng.target.letter;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of the monthly checks of letter copies (target_letter_month_checks). */
@Repository
class MonthCheckRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    MonthCheckRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<MonthCheck> of(long copyId) {
        return jdbc.sql("""
                SELECT copy_id, check_month, score, note, recorded_by, recorded_at, version
                FROM target_letter_month_checks WHERE copy_id = ? ORDER BY check_month""").param(copyId)
                .query((rs, n) -> new MonthCheck(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3).stripTrailingZeros(),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toLocalDateTime(), rs.getLong(7)))
                .list();
    }

    /** Holds the copy's row until the transaction ends, so two recordings of one copy run one after the other. */
    void lockCopy(long copyId) {
        jdbc.sql("SELECT id FROM target_letter_copies WHERE id = ? FOR UPDATE").param(copyId).query(Long.class).list();
    }

    /** Records the month's score, or corrects the one recorded. */
    void save(long copyId, int month, BigDecimal score, String note, String username) {
        LocalDateTime now = LocalDateTime.now(clock);
        int rows = jdbc.sql("""
                UPDATE target_letter_month_checks SET score = ?, note = ?, recorded_by = ?, recorded_at = ?,
                    version = version + 1 WHERE copy_id = ? AND check_month = ?""")
                .params(score, note, username, now, copyId, month).update();
        if (rows == 0) {
            jdbc.sql("""
                    INSERT INTO target_letter_month_checks (copy_id, check_month, score, note, recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?)""").params(copyId, month, score, note, username, now).update();
        }
    }
}
