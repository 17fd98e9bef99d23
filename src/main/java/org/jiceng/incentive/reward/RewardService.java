package org.jiceng.incentive.reward;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.PersonBrief;
import org.jiceng.organization.PersonFlag;
import org.jiceng.organization.PersonRecords;
import org.jiceng.organization.ScopedSql;
import org.jiceng.review.ReviewAction;
import org.jiceng.review.ReviewService;
import org.jiceng.review.ReviewStage;
import org.jiceng.review.ReviewTransition;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rewards and penalties entered singly, read, moved through the review chain (填报 → 乡镇审核 → 县级审定 → 公示 →
 * 确定) and reversed. A record that becomes final under a rule that bars nomination writes the person flag
 * 评选表彰 reads (organization's {@link PersonRecords}) for the bar's period, in the same transaction.
 */
@Service
@Transactional
public class RewardService {

    private final RewardRepository repository;
    private final RewardRuleRepository rules;
    private final RewardRuleService ruleService;
    private final RewardReader reader;
    private final RewardWriter writer;
    private final ReviewService review;
    private final PersonRecords records;
    private final OrgTree tree;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RewardService(RewardRepository repository, RewardRuleRepository rules, RewardRuleService ruleService,
                  RewardReader reader, RewardWriter writer, ReviewService review, PersonRecords records, OrgTree tree,
                  DataScope scope, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.ruleService = ruleService;
        this.reader = reader;
        this.writer = writer;
        this.review = review;
        this.records = records;
        this.tree = tree;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** The records of a year under an org in scope, in township order, with the totals per township. */
    @Transactional(readOnly = true)
    public RewardList list(long orgId, int year) {
        OrgSummary org = org(orgId);
        List<Reward> rows = reader.complete(repository.list(
                ScopedSql.of(scope.scope(ScopeKind.REGISTER), "r.org_id", "r.person_id"), org.id(), year));
        return new RewardList(org, year, rows, RewardTotals.of(rows));
    }

    @Transactional(readOnly = true)
    public Reward reward(long rewardId) {
        return repository.find(rewardId).filter(r -> scope.covers(new ObjectOwner(ScopeKind.REGISTER, r.orgId(),
                        r.personId()))).map(r -> reader.complete(List.of(r)).get(0))
                .orElseThrow(() -> NotFoundException.of("奖惩记录", rewardId));
    }

    @Transactional(readOnly = true)
    public List<ReviewTransition> history(Reward reward) {
        return review.history(reward.itemId());
    }

    /**
     * Records one reward or penalty (单项工作奖, 通报表扬/批评, 取消评先资格) for a branch or a person in the user's scope
     * under a rule that applies there; refused with a message next to the field, writing nothing, when the subject is
     * outside the scope or the amount breaks the rule ({@link RewardChecks}).
     */
    public Reward create(RewardForm form) {
        Actor actor = scope.requireActor();
        Generation.refusal(actor.role()).ifPresent(r -> {
            throw new RuleViolationException(r);
        });
        List<FieldError> errors = new ArrayList<>();
        RewardRule rule = null;
        try {
            rule = form.ruleId() == null ? null : ruleService.rule(form.ruleId());
        } catch (NotFoundException e) {
            errors.add(new FieldError("ruleId", "请选择适用的奖惩规则"));
        }
        if (rule == null) {
            if (form.ruleId() == null) {
                errors.add(new FieldError("ruleId", "请选择奖惩规则"));
            }
            RuleViolationException.throwIfAny("奖惩记录未保存", errors);
        }
        RewardWriter.Target target = target(rule.subject(), form, errors);
        if (target != null && !tree.contains(rule.ownerOrgId(), target.townshipId())) {
            errors.add(new FieldError("ruleId", "“" + rule.name() + "”是" + rule.ownerName() + "的规则，不适用于所选对象"));
        }
        LocalDate today = LocalDate.now(clock);
        errors.addAll(RewardChecks.check(rule, form, today));
        RuleViolationException.throwIfAny("奖惩记录未保存", errors);
        String basis = form.basis() == null || form.basis().isBlank() ? rule.basis() : form.basis().strip();
        return writer.write(rule, target, rule.amount() == null ? null : form.amount(), basis, form.reason().strip(),
                form.recordDate() == null ? today : form.recordDate(), null, null);
    }

    /**
     * Moves one record along the chain; when it becomes final a bar on nomination is written as a person flag
     * ({@link RewardFlags}, on the chain's event).
     */
    public Reward act(long rewardId, ReviewAction action, Long itemVersion, String reason) {
        Reward before = reward(rewardId);
        if (before.reversed()) {
            throw new RuleViolationException("该记录已撤销，不能再审核");
        }
        review.act(before.itemId(), action, itemVersion, reason);
        return reward(rewardId);
    }

    /**
     * Moves every standing record of a township's year that waits where the action starts (the township submits or
     * passes all, the county approves, publicizes or fixes all). All or nothing: one refusal leaves every record
     * where it was. Returns the records moved.
     */
    public List<Reward> actOnAll(long townshipId, int year, ReviewAction action, String reason) {
        OrgSummary township = org(townshipId);
        if (township.type() != OrgType.TOWNSHIP) {
            throw new RuleViolationException("请选择乡镇");
        }
        ReviewStage from = startOf(action);
        List<Reward> waiting = list(townshipId, year).rewards().stream()
                .filter(r -> r.standing() && r.stage() == from).toList();
        if (waiting.isEmpty()) {
            throw new RuleViolationException("没有可" + action.label() + "的奖惩记录");
        }
        return waiting.stream().map(r -> act(r.id(), action, r.itemVersion(), reason)).toList();
    }

    /**
     * Reverses a record with a reason (money is never deleted or edited, DOMAIN decision 6): it no longer counts,
     * its campaign result may be generated again, and a nomination bar it wrote ends today. A final record is
     * reversed only by the county.
     */
    public Reward reverse(long rewardId, String reason, Long version) {
        Reward before = reward(rewardId);
        Actor actor = scope.requireActor();
        Generation.refusal(actor.role()).ifPresent(r -> {
            throw new RuleViolationException(r);
        });
        if (before.reversed()) {
            throw new RuleViolationException("该记录已于" + before.reversedAt().toLocalDate() + "撤销");
        }
        if (before.stage() == ReviewStage.FINAL && actor.role() != Role.COUNTY_OFFICER) {
            throw new RuleViolationException("已确定的奖惩只能由县委组织部撤销");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw RuleViolationException.onField("reason", "撤销须写明原因（500字以内）");
        }
        if (version == null || version != before.version()) {
            throw new StaleEditException("该奖惩记录");
        }
        repository.reverse(rewardId, before.version(), actor.username(), reason.strip(), LocalDateTime.now(clock));
        if (before.flagId() != null) {
            PersonFlag flag = records.flag(before.flagId());
            LocalDate today = LocalDate.now(clock);
            if (flag.until() == null || flag.until().isAfter(today)) {
                records.endFlag(flag.id(), flag.from().isAfter(today) ? flag.from() : today, flag.version());
            }
        }
        Reward after = reader.load(rewardId);
        events.publishEvent(new Audited("REVERSE", RewardWriter.REWARD, rewardId, RewardWriter.label(before),
                before.orgId(), before, after));
        return after;
    }

    private RewardWriter.Target target(Subject subject, RewardForm form, List<FieldError> errors) {
        if (subject == Subject.BRANCH) {
            if (form.subjectOrg() == null) {
                return null;
            }
            OrgSummary org = tree.find(form.subjectOrg()).filter(o -> covers(o.id()))
                    .filter(o -> o.type() == OrgType.BRANCH || o.type() == OrgType.GENERAL_BRANCH).orElse(null);
            if (org == null) {
                errors.add(new FieldError("subjectOrg", "所选村党组织不存在或不在您的管辖范围内"));
                return null;
            }
            return township(org.id(), null, org.shortName(), "subjectOrg", errors);
        }
        if (form.subjectPerson() == null) {
            return null;
        }
        try {
            PersonBrief person = records.person(form.subjectPerson());
            return township(person.orgId(), person.id(), person.name(), "subjectPerson", errors);
        } catch (NotFoundException e) {
            errors.add(new FieldError("subjectPerson", "所选人员不存在或不在您的管辖范围内"));
            return null;
        }
    }

    private RewardWriter.Target township(long orgId, Long personId, String name, String field, List<FieldError> errors) {
        return tree.path(orgId).stream().filter(o -> o.type() == OrgType.TOWNSHIP).findFirst()
                .map(t -> new RewardWriter.Target(orgId, t.id(), personId, name)).orElseGet(() -> {
                    errors.add(new FieldError(field, name + "不在乡镇下属组织，奖惩按乡镇审核"));
                    return null;
                });
    }

    private static ReviewStage startOf(ReviewAction action) {
        return switch (action) {
            case SUBMIT -> ReviewStage.DRAFT;
            case REVIEW -> ReviewStage.SUBMITTED;
            case APPROVE -> ReviewStage.REVIEWED;
            case PUBLICIZE -> ReviewStage.APPROVED;
            case FINALIZE -> ReviewStage.PUBLICIZING;
            default -> throw new RuleViolationException(action.label() + "须逐条进行并写明原因");
        };
    }

    private OrgSummary org(long orgId) {
        return tree.find(orgId).filter(o -> covers(o.id())).orElseThrow(() -> NotFoundException.of("党组织", orgId));
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
