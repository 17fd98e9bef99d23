package org.jiceng.incentive.reward;

import org.jiceng.organization.PersonFlag;
import org.jiceng.organization.PersonRecords;
import org.jiceng.review.ItemMoved;
import org.jiceng.shared.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A record that becomes final (确定) under a rule that bars nomination writes the person flag 评选表彰 reads
 * (organization's {@link PersonRecords}) for the bar's period: it follows the review chain's {@link ItemMoved}, in
 * the transaction of the move, whether one record or a township's batch was made final.
 */
@Component
class RewardFlags {

    private final RewardRepository repository;
    private final RewardRuleRepository rules;
    private final RewardReader reader;
    private final PersonRecords records;
    private final ApplicationEventPublisher events;

    RewardFlags(RewardRepository repository, RewardRuleRepository rules, RewardReader reader, PersonRecords records,
                ApplicationEventPublisher events) {
        this.repository = repository;
        this.rules = rules;
        this.reader = reader;
        this.records = records;
        this.events = events;
    }

    @EventListener
    void on(ItemMoved moved) {
        if (!moved.finalOf(RewardWriter.KIND)) {
            return;
        }
        Reward reward = reader.load(repository.idByItem(moved.itemId()).orElseThrow());
        RewardRule rule = rules.find(reward.ruleId()).orElseThrow();
        if (!rule.barsNomination() || reward.personId() == null || reward.flagId() != null) {
            return;
        }
        String note = reward.kindLabel() + "（" + reward.basis() + "）：" + reward.reason();
        PersonFlag flag = records.recordFlag(reward.personId(), rule.flagKind(), reward.barsFrom(),
                reward.barsUntil(), note.length() > 500 ? note.substring(0, 500) : note);
        repository.setFlag(reward.id(), flag.id());
        Reward after = reader.load(reward.id());
        events.publishEvent(Audited.updated(RewardWriter.REWARD, reward.id(), RewardWriter.label(after),
                reward.orgId(), reward, after));
    }
}
