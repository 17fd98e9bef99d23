package org.jiceng.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.jiceng.documents.BasisDocuments;
import org.jiceng.documents.BasisSubject;
import org.jiceng.incentive.reward.GenerationService;
import org.jiceng.incentive.reward.Nature;
import org.jiceng.incentive.reward.Reward;
import org.jiceng.incentive.reward.RewardForm;
import org.jiceng.incentive.reward.RewardRule;
import org.jiceng.incentive.reward.RewardRuleForm;
import org.jiceng.incentive.reward.RewardRuleService;
import org.jiceng.incentive.reward.RewardService;
import org.jiceng.incentive.reward.Subject;
import org.jiceng.organization.PersonFlagKind;
import org.jiceng.review.ReviewAction;
import org.jiceng.shared.BusinessClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The seed's 奖惩, through the real services: the county's 2010 rules (通报表扬; 通报批评 that bars nomination for a
 * year) and 范家寨乡's 《干部管理奖惩制度》 — subsidies for its best branches and 单项工作奖. The demo has no 2009
 * “五个好” campaign, so 范家寨乡's 2009 subsidies go to its 2009 升级晋档 一类 villages, generated from those final
 * results in January 2010 and final by February; a 2010 单项工作奖 of a 范家寨乡 cadre waits for the township's review;
 * a 2010 通报批评 of a 南指挥镇 village cadre (the seed: 严厉的批评 of cadres who went through the motions) is final
 * and flags the cadre until March 2011. Dates of the chain's steps are set to when they happened.
 */
@Component
class RewardDemo {

    static final String COUNTY_BASIS = "县委《关于加强和改进新形势下党的建设实施农村基层组织建设“三大工程”的意见》";
    static final String FAN_BASIS = "《范家寨乡干部管理奖惩制度》";

    private final RewardRuleService rules;
    private final RewardService rewards;
    private final GenerationService generation;
    private final UserDetailsService accounts;
    private final JdbcTemplate jdbc;
    private final BusinessClock clock;
    private final BasisDocuments basis;

    RewardDemo(RewardRuleService rules, RewardService rewards, GenerationService generation,
               UserDetailsService accounts, JdbcTemplate jdbc, BusinessClock clock,
               BasisDocuments basis) {
        this.basis = basis;
        this.clock = clock;
        this.rules = rules;
        this.rewards = rewards;
        this.generation = generation;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    void load(long county) {
        try {
            RewardRule subsidy2009 = on(LocalDate.of(2010, 1, 10), () -> as("fanjiazhai", () -> rules.create(rule(2009,
                    "升级晋档一类村党支部补贴", "01", Nature.REWARD, Subject.BRANCH, new BigDecimal("2000"), null,
                    "upgrade-grading", "一类", null, null, FAN_BASIS))));
            RewardRule criticism = on(LocalDate.of(2010, 3, 1), () -> {
                as("county", () -> rules.create(rule(2010, "通报表扬", "04", Nature.REWARD, Subject.PERSON, null,
                        "在全县通报表扬", null, null, null, null, COUNTY_BASIS)));
                return as("county", () -> rules.create(rule(2010, "通报批评", "11", Nature.PENALTY,
                        Subject.PERSON, null, "在全县通报批评，一年内不得评先评优", null, null,
                        PersonFlagKind.CIRCULATED_CRITICISM, 12, COUNTY_BASIS)));
            });
            RewardRule single = on(LocalDate.of(2010, 3, 8), () -> {
                RewardRule fiveGood = as("fanjiazhai", () -> rules.create(rule(2010, "“五个好”村党支部补贴", "01",
                        Nature.REWARD, Subject.BRANCH, new BigDecimal("2000"), null, "five-good-village", "五个好", null,
                        null, FAN_BASIS)));
                RewardRule award = as("fanjiazhai", () -> rules.create(rule(2010, "中心工作单项工作奖", "02",
                        Nature.REWARD, Subject.PERSON, new BigDecimal("500"), "年终目责考核加分", null, null, null, null,
                        FAN_BASIS)));
                citeRulesDocument(fiveGood, award);
                return award;
            });
            subsidies2009(subsidy2009);
            criticism2010(criticism);
            singleAward2010(single);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** 2009's subsidies generated from the final 2009 results, passed by the township and fixed by the county. */
    private void subsidies2009(RewardRule rule) {
        long fanjiazhai = org("范家寨乡");
        on(LocalDate.of(2010, 1, 15), () -> {
            as("fanjiazhai", () -> generation.generate(fanjiazhai, rule.id(), FAN_BASIS + "，范党发〔2010〕3号",
                    LocalDate.of(2010, 1, 15)));
            return as("fanjiazhai", () -> rewards.actOnAll(fanjiazhai, 2009, ReviewAction.SUBMIT, null));
        });
        on(LocalDate.of(2010, 1, 18), () -> as("fanjiazhai", () -> rewards.actOnAll(fanjiazhai, 2009, ReviewAction.REVIEW, null)));
        on(LocalDate.of(2010, 1, 22), () -> as("county", () -> rewards.actOnAll(fanjiazhai, 2009, ReviewAction.APPROVE, null)));
        // 公示 from 25 to 31 January, final on 2 February.
        on(LocalDate.of(2010, 1, 25), () -> as("county", () -> rewards.actOnAll(fanjiazhai, 2009, ReviewAction.PUBLICIZE, null)));
        on(LocalDate.of(2010, 2, 2), () -> as("county", () -> rewards.actOnAll(fanjiazhai, 2009, ReviewAction.FINALIZE, null)));
    }

    /** A 单项工作奖 for a 范家寨乡 secretary's apple-industry work, submitted and waiting for the township. */
    private void singleAward2010(RewardRule rule) {
        long secretary = cadre("凉泉村", "01", LocalDate.of(2010, 4, 26));
        Reward award = on(LocalDate.of(2010, 4, 26), () -> as("fanjiazhai", () -> rewards.create(new RewardForm(rule.id(),
                null, secretary, new BigDecimal("500"), FAN_BASIS,
                "组织全村苹果园春季管理和果袋统一采购，引进果品收购企业一家，特色产业成效突出", LocalDate.of(2010, 4, 26)))));
        on(LocalDate.of(2010, 4, 28), () -> as("fanjiazhai",
                () -> rewards.act(award.id(), ReviewAction.SUBMIT, award.itemVersion(), null)));
    }

    /** A 通报批评 of a 南指挥镇 village cadre, final in April, so the cadre is flagged for a year. */
    private void criticism2010(RewardRule rule) {
        long cadre = cadre("北指挥村", "07", LocalDate.of(2010, 3, 18));
        long nanzhihui = org("南指挥镇");
        Reward r = on(LocalDate.of(2010, 3, 18), () -> as("nanzhihui", () -> rewards.create(new RewardForm(rule.id(),
                null, cadre, null, COUNTY_BASIS + "；南指挥镇党委会议纪要（2010年3月18日）",
                "对“预习”走过场、“练习”不负责、“复习”打马虎，所包村组工作推进迟缓，镇党委对其诫勉谈话并提出严厉批评",
                LocalDate.of(2010, 3, 18)))));
        on(LocalDate.of(2010, 3, 19), () -> as("nanzhihui", () -> rewards.act(r.id(), ReviewAction.SUBMIT, r.itemVersion(), null)));
        on(LocalDate.of(2010, 3, 20), () -> as("nanzhihui", () -> rewards.actOnAll(nanzhihui, 2010, ReviewAction.REVIEW, null)));
        on(LocalDate.of(2010, 3, 24), () -> as("county", () -> rewards.actOnAll(nanzhihui, 2010, ReviewAction.APPROVE, null)));
        on(LocalDate.of(2010, 3, 26), () -> as("county", () -> rewards.actOnAll(nanzhihui, 2010, ReviewAction.PUBLICIZE, null)));
        on(LocalDate.of(2010, 4, 2), () -> as("county", () -> rewards.act(r.id(), ReviewAction.FINALIZE,
                rewards.reward(r.id()).itemVersion(), null)));
    }

    /** 范家寨乡's 2010 rules rest on its 《干部管理奖惩制度》 (范发〔2010〕6号), issued the same day. */
    private void citeRulesDocument(RewardRule... cited) {
        long document = jdbc.queryForObject("SELECT id FROM basis_documents WHERE doc_number = ?", Long.class,
                "范发〔2010〕6号");
        for (RewardRule rule : cited) {
            as("fanjiazhai", () -> {
                basis.cite(document, new BasisSubject("REWARD_RULE", String.valueOf(rule.id()), rule.ownerOrgId(),
                        rule.ownerName() + rule.year() + "年奖惩规则：" + rule.name()), null);
                return null;
            });
        }
    }

    /** Runs a step on the day it was taken, so every record it writes carries that day. */
    private <T> T on(LocalDate day, Supplier<T> step) {
        try (var onThatDay = clock.travelTo(day)) {
            return step.get();
        }
    }

    private static RewardRuleForm rule(int year, String name, String kind, Nature nature, Subject subject,
                                       BigDecimal amount, String effect, String family, String grade,
                                       PersonFlagKind flag, Integer months, String basis) {
        return new RewardRuleForm(year, name, kind, nature, subject, amount, effect, family, grade, flag, months,
                basis, true, null);
    }

    private long org(String shortName) {
        return jdbc.queryForObject("SELECT id FROM orgs WHERE short_name = ? ORDER BY id FETCH FIRST 1 ROWS ONLY",
                Long.class, shortName);
    }

    /** A village cadre of a village by post code, in post on the day of the decision. */
    private long cadre(String village, String post, LocalDate on) {
        return jdbc.queryForObject("""
                SELECT c.person_id FROM village_cadres c JOIN orgs o ON o.id = c.org_id
                WHERE o.short_name = ? AND c.post = ? AND c.term_start <= ? ORDER BY c.id FETCH FIRST 1 ROWS ONLY""",
                Long.class, village, post, on);
    }

    private <T> T as(String username, Supplier<T> step) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return step.get();
    }
}
