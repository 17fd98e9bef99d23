package org.jiceng.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jiceng.shared.AccountNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Display names of accounts by sign-in name, one query for a page's worth. */
@Component
class AccountNamesQuery implements AccountNames {

    private final JdbcClient jdbc;

    AccountNamesQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        List<String> wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT username, display_name FROM accounts WHERE username IN (:names)").param("names", wanted)
                .query(rs -> {
                    names.put(rs.getString("username"), rs.getString("display_name"));
                });
        return names;
    }
}
