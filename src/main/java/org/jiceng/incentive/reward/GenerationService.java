package org.jiceng.incentive.reward;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jiceng.assessment.campaign.CampaignOutcomes;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 按结果生成: the subsidies a result-driven rule earns in a township, read from the final results of the campaign
 * of the rule's family and year ({@link CampaignOutcomes}) — shown first as a preview, then written in one action,
 * one record per branch that reached the grade, each a draft in the township's review process ({@link Generation}).
 */
@Service
@Transactional
public class GenerationService {

    /** What generating would do: the rule, the campaign read and one line per branch at the rule's grade. */
    public record Preview(OrgSummary township, RewardRule rule, String campaignName, List<Generation.Line> lines) {

        public long newCount() {
            return lines.stream().filter(l -> l.status() == Generation.Status.NEW).count();
        }
    }

    private final RewardRuleService rules;
    private final RewardRepository repository;
    private final RewardWriter writer;
    private final CampaignOutcomes outcomes;
    private final OrgTree tree;
    private final DataScope scope;
    private final Clock clock;

    GenerationService(RewardRuleService rules, RewardRepository repository, RewardWriter writer,
                      CampaignOutcomes outcomes, OrgTree tree, DataScope scope, Clock clock) {
        this.rules = rules;
        this.repository = repository;
        this.writer = writer;
        this.outcomes = outcomes;
        this.tree = tree;
        this.scope = scope;
        this.clock = clock;
    }

    /** The result-driven rules that apply in a township in a year. */
    @Transactional(readOnly = true)
    public List<RewardRule> rules(long townshipId, int year) {
        return rules.applying(township(townshipId).id(), year).stream().filter(RewardRule::resultDriven).toList();
    }

    @Transactional(readOnly = true)
    public Preview preview(long townshipId, long ruleId) {
        OrgSummary township = township(townshipId);
        RewardRule rule = applicableRule(township, ruleId);
        String campaign = outcomes.campaignName(township.id(), rule.year(), rule.family()).orElseThrow(() ->
                RuleViolationException.onField("ruleId", township.shortName() + rule.year() + "年没有该方案的考核评定"));
        return new Preview(township, rule, campaign, Generation.lines(rule,
                outcomes.results(township.id(), rule.year(), rule.family()), repository.generatedEntries(rule.id())));
    }

    /**
     * Writes one record per branch whose final grade earns the rule and that has none yet: amount and effect from
     * the rule, basis as typed (the rule's document when empty), decided on {@code recordDate} (today when empty).
     * Refused, writing nothing, when there is nothing new to generate.
     */
    public List<Reward> generate(long townshipId, long ruleId, String basis, LocalDate recordDate) {
        Generation.refusal(scope.requireActor().role()).ifPresent(r -> {
            throw new RuleViolationException(r);
        });
        Preview preview = preview(townshipId, ruleId);
        RewardRule rule = preview.rule();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = recordDate == null ? today : recordDate;
        if (date.isAfter(today) || date.getYear() < rule.year()) {
            throw RuleViolationException.onField("recordDate", "决定日期须在" + rule.year() + "年1月1日至今天之间");
        }
        if (basis != null && basis.strip().length() > 200) {
            throw RuleViolationException.onField("basis", "依据不超过200字");
        }
        List<Generation.Line> fresh = preview.lines().stream().filter(l -> l.status() == Generation.Status.NEW).toList();
        if (fresh.isEmpty()) {
            throw RuleViolationException.onField("ruleId", nothingToGenerate(preview));
        }
        String doc = basis == null || basis.isBlank() ? rule.basis() : basis.strip();
        try {
            return fresh.stream().map(l -> writer.write(rule, new RewardWriter.Target(l.orgId(),
                    preview.township().id(), null, l.orgName()), rule.amount(), doc,
                    preview.campaignName() + "：" + l.grade(), date, l.campaignId(), l.entryId())).toList();
        } catch (DuplicateKeyException e) {
            // Someone generated the same results at the same moment: theirs stand, this attempt writes nothing.
            throw new StaleEditException("“" + rule.name() + "”的生成结果");
        }
    }

    private static String nothingToGenerate(Preview p) {
        if (p.lines().isEmpty()) {
            return p.township().shortName() + "没有评为“" + p.rule().grade() + "”的村";
        }
        boolean pending = p.lines().stream().anyMatch(l -> l.status() == Generation.Status.PENDING);
        return pending ? "“" + p.rule().grade() + "”的评定结果尚未确定，确定后才能生成"
                : "“" + p.rule().name() + "”已按结果生成，不能重复生成";
    }

    private RewardRule applicableRule(OrgSummary township, long ruleId) {
        RewardRule rule;
        try {
            rule = rules.rule(ruleId);
        } catch (NotFoundException e) {
            throw RuleViolationException.onField("ruleId", "请选择适用的奖惩规则");
        }
        if (!rule.resultDriven()) {
            throw RuleViolationException.onField("ruleId", "“" + rule.name() + "”不是按考核结果发放的规则，请逐条登记");
        }
        if (!rule.active() || !tree.contains(rule.ownerOrgId(), township.id())) {
            throw RuleViolationException.onField("ruleId", "“" + rule.name() + "”不适用于" + township.shortName());
        }
        return rule;
    }

    private OrgSummary township(long townshipId) {
        OrgSummary org = tree.find(townshipId).filter(o -> scope.covers(new ObjectOwner(ScopeKind.REGISTER, o.id(), null)))
                .orElseThrow(() -> NotFoundException.of("党组织", townshipId));
        if (org.type() != OrgType.TOWNSHIP) {
            throw RuleViolationException.onField("org", "请选择乡镇");
        }
        return org;
    }
}
