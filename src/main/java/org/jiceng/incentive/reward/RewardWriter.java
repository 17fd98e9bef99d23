package org.jiceng.incentive.reward;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jiceng.configuration.Settings;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.review.NewItem;
import org.jiceng.review.NewProcess;
import org.jiceng.review.ReviewItem;
import org.jiceng.review.ReviewService;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes one record, entered or generated alike: the township's review process of the year (opened with its first
 * record, 公示 as long as the setting says), a draft item in it, the record with the rule's terms copied and, for a
 * rule that bars nomination, the bar's period; audited with what was written.
 */
@Component
class RewardWriter {

    static final String KIND = "REWARD";
    static final String REWARD = "REWARD";

    private final RewardRepository repository;
    private final RewardReader reader;
    private final ReviewService review;
    private final Settings settings;
    private final OrgTree tree;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RewardWriter(RewardRepository repository, RewardReader reader, ReviewService review, Settings settings,
                 OrgTree tree, DataScope scope, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.reader = reader;
        this.review = review;
        this.settings = settings;
        this.tree = tree;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** What a record concerns: the branch (or the person's branch), its township and the name shown. */
    record Target(long orgId, long townshipId, Long personId, String name) {
    }

    Reward write(RewardRule rule, Target target, BigDecimal amount, String basis, String reason, LocalDate date,
                 Long campaignId, Long entryId) {
        long process = process(target.townshipId(), rule.year());
        ReviewItem item = review.addItem(process, new NewItem(target.orgId(), target.townshipId(),
                target.name() + "：" + rule.name()));
        LocalDate barsUntil = rule.barsNomination() ? RewardChecks.barUntil(date, rule.flagMonths()) : null;
        long id = repository.insert(new RewardRepository.NewReward(rule, target.orgId(), target.townshipId(),
                target.personId(), target.name(), amount, basis, reason, date, rule.barsNomination() ? date : null,
                barsUntil, campaignId, entryId, item.id(), scope.requireActor().username(), LocalDateTime.now(clock)));
        Reward created = reader.load(id);
        events.publishEvent(Audited.created(REWARD, id, label(created), created.orgId(), created));
        return created;
    }

    static String label(Reward r) {
        return r.year() + "年 " + r.subjectName() + "：" + r.ruleName()
                + (r.amount() == null ? "" : " " + Money.format(r.amount()) + "元");
    }

    private long process(long townshipId, int year) {
        return repository.process(townshipId, year).orElseGet(() -> {
            String name = tree.find(townshipId).map(OrgSummary::shortName).orElse("");
            long id = review.open(new NewProcess(KIND, name + year + "年度奖惩", townshipId, null, null, null,
                    settings.intValue(Settings.REWARD_PUBLICITY_DAYS)), List.of());
            repository.insertProcess(townshipId, year, id);
            return id;
        });
    }
}
