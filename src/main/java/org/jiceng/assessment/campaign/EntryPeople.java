package org.jiceng.assessment.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiceng.review.ReviewTransition;
import org.jiceng.shared.AccountNames;
import org.springframework.stereotype.Component;

/**
 * Who entered, changed and uploaded what on an entry, by name: the score history, the review steps and the evidence
 * show 张书记, not the sign-in name {@code chengjiayuan}. A name no account carries any more is shown as recorded.
 */
@Component
class EntryPeople {

    private final AccountNames accounts;

    EntryPeople(AccountNames accounts) {
        this.accounts = accounts;
    }

    /** Display names by sign-in name; {@link #of} gives a sign-in name without an account back unchanged. */
    record Names(Map<String, String> byUsername) {

        public String of(String username) {
            return username == null ? null : byUsername.getOrDefault(username, username);
        }
    }

    /** The names for everything recorded on one entry. */
    Names of(Map<String, EntryScore> scores, List<ReviewTransition> history, List<Evidence> evidence) {
        List<String> usernames = new ArrayList<>();
        scores.values().forEach(s -> {
            usernames.add(s.selfBy());
            usernames.add(s.reviewBy());
        });
        history.forEach(t -> usernames.add(t.actor()));
        evidence.forEach(e -> usernames.add(e.uploadedBy()));
        return new Names(accounts.displayNames(usernames));
    }
}
