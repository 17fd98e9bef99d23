package org.jiceng.incentive.reward;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.campaign.CampaignOutcomes;
import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 奖惩制度 of a county or township as data (DOMAIN decision 2): each year's rules, set and changed by the
 * officers of the org that issues them, read by everyone below it. Every write is audited with before and after.
 */
@Service
@Transactional
public class RewardRuleService {

    static final String RULE = "REWARD_RULE";
    static final String KIND_LIST = "REWARD_KIND";

    private final RewardRuleRepository repository;
    private final CodeLists codes;
    private final CampaignOutcomes outcomes;
    private final OrgTree tree;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RewardRuleService(RewardRuleRepository repository, CodeLists codes, CampaignOutcomes outcomes, OrgTree tree,
                      DataScope scope, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.codes = codes;
        this.outcomes = outcomes;
        this.tree = tree;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** The rules of a year that apply at an org in scope or were set below it. */
    @Transactional(readOnly = true)
    public List<RewardRule> rules(long orgId, int year) {
        org(orgId);
        return labelled(repository.around(orgId, year));
    }

    /** The active rules of a year that apply at an org in scope (set by it or above it). */
    @Transactional(readOnly = true)
    public List<RewardRule> applying(long orgId, int year) {
        org(orgId);
        return labelled(repository.applying(orgId, year));
    }

    /** A rule the user may read: one set in their subtree, or above their org (it binds them). 404 otherwise. */
    @Transactional(readOnly = true)
    public RewardRule rule(long ruleId) {
        return repository.find(ruleId).filter(r -> readable(r.ownerOrgId())).map(r -> labelled(List.of(r)).get(0))
                .orElseThrow(() -> NotFoundException.of("奖惩规则", ruleId));
    }

    /** The kinds of the code list 奖惩类别: code → label. */
    @Transactional(readOnly = true)
    public Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        codes.items(KIND_LIST).forEach(i -> kinds.put(i.code(), i.label()));
        return kinds;
    }

    /** The scheme families a result-driven rule of the org may name: family → scheme name. */
    @Transactional(readOnly = true)
    public Map<String, String> families(long orgId) {
        return outcomes.families(orgId);
    }

    /** Sets a rule of the signed-in officer's county or township for a year. */
    public RewardRule create(RewardRuleForm form) {
        OrgSummary owner = issuer();
        check(form, owner.id());
        long id = repository.insert(owner.id(), form, scope.requireActor().username(), LocalDateTime.now(clock));
        RewardRule created = rule(id);
        events.publishEvent(Audited.created(RULE, id, label(created), owner.id(), created));
        return created;
    }

    /** Changes a rule (records already made keep the terms they copied); only the issuing org may change it. */
    public RewardRule update(long ruleId, RewardRuleForm form) {
        RewardRule before = rule(ruleId);
        OrgSummary owner = issuer();
        if (before.ownerOrgId() != owner.id()) {
            throw new RuleViolationException("该规则由" + before.ownerName() + "制定，只能由制定单位修改");
        }
        RewardRuleForm same = new RewardRuleForm(before.year(), form.name(), form.kind(), form.nature(),
                form.subject(), form.amount(), form.effect(), form.family(), form.grade(), form.flagKind(),
                form.flagMonths(), form.basis(), form.active(), form.version());
        check(same, owner.id());
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("该奖惩规则");
        }
        repository.update(ruleId, same, before.version(), LocalDateTime.now(clock));
        RewardRule after = rule(ruleId);
        events.publishEvent(Audited.updated(RULE, ruleId, label(after), owner.id(), before, after));
        return after;
    }

    private void check(RewardRuleForm form, long ownerId) {
        List<FieldError> errors = new ArrayList<>();
        if (form.year() == null) {
            errors.add(new FieldError("year", "请填写年度"));
        }
        if (form.name() == null || form.name().isBlank()) {
            errors.add(new FieldError("name", "请填写规则名称"));
        }
        if (form.nature() == null) {
            errors.add(new FieldError("nature", "请选择奖励或惩处"));
        }
        if (form.subject() == null) {
            errors.add(new FieldError("subject", "请选择对象"));
        }
        if (form.basis() == null || form.basis().isBlank()) {
            errors.add(new FieldError("basis", "请填写依据文件"));
        }
        if (form.kind() == null || form.kind().isBlank()) {
            errors.add(new FieldError("kind", "请选择类别"));
        }
        List<String> grades = form.family() == null || form.family().isBlank() || form.year() == null ? List.of()
                : outcomes.grades(ownerId, form.year(), form.family().strip());
        errors.addAll(RewardRules.check(form, codes.isValid(KIND_LIST, form.kind()), grades));
        RuleViolationException.throwIfAny("奖惩规则未保存", errors);
    }

    /** The county or township of the signed-in officer: the org whose rules they set. */
    private OrgSummary issuer() {
        Actor actor = scope.requireActor();
        OrgSummary org = tree.find(actor.orgId()).orElseThrow();
        if (org.type() != OrgType.COUNTY && org.type() != OrgType.TOWNSHIP) {
            throw new RuleViolationException("奖惩规则由县委组织部或乡镇党委制定");
        }
        return org;
    }

    private List<RewardRule> labelled(List<RewardRule> rules) {
        Map<String, String> kinds = codes.labels(KIND_LIST);
        Map<Long, String> owners = new HashMap<>();
        return rules.stream().map(r -> r.withLabels(owners.computeIfAbsent(r.ownerOrgId(),
                id -> tree.find(id).map(OrgSummary::shortName).orElse("")), kinds.getOrDefault(r.kind(), r.kind())))
                .toList();
    }

    private boolean readable(long ownerOrgId) {
        return covers(ownerOrgId) || scope.actor().filter(a -> a.role().keepsRegister())
                .map(a -> tree.contains(ownerOrgId, a.orgId())).orElse(false);
    }

    private OrgSummary org(long orgId) {
        return tree.find(orgId).filter(o -> covers(o.id())).orElseThrow(() -> NotFoundException.of("党组织", orgId));
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }

    private static String label(RewardRule r) {
        return r.ownerName() + r.year() + "年：" + r.name();
    }
}
