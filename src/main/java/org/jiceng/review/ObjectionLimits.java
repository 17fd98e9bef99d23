package org.jiceng.review;

import java.time.LocalDateTime;

import org.jiceng.configuration.Settings;
import org.jiceng.shared.TooManyRequestsException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anyone may object during 公示, without signing in, and each objection holds its item's result until the county
 * resolves it: so objections are limited per source address (setting {@code objection.max-per-source-hour}, within
 * an hour) and per 公示 ({@code objection.max-per-notice-day}, within a day), counted in real time across instances.
 */
@Component
class ObjectionLimits {

    static final String MESSAGE = "提交过于频繁，请稍后再试；如情况紧急，请直接联系县委组织部";

    private final JdbcClient jdbc;
    private final Settings settings;

    ObjectionLimits(JdbcClient jdbc, Settings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    void check(long processId, String source) {
        LocalDateTime now = LocalDateTime.now();
        long fromSource = jdbc.sql("SELECT COUNT(*) FROM review_objections WHERE source_address = ? AND received_at > ?")
                .params(source, now.minusHours(1)).query(Long.class).single();
        long onNotice = jdbc.sql("SELECT COUNT(*) FROM review_objections o JOIN review_items i ON i.id = o.item_id"
                        + " WHERE i.process_id = ? AND o.received_at > ?")
                .params(processId, now.minusDays(1)).query(Long.class).single();
        if (fromSource >= settings.intValue(Settings.OBJECTION_MAX_PER_SOURCE_HOUR)
                || onNotice >= settings.intValue(Settings.OBJECTION_MAX_PER_NOTICE_DAY)) {
            throw new TooManyRequestsException(MESSAGE);
        }
    }
}
