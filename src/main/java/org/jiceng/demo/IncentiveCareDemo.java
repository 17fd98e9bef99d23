package org.jiceng.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jiceng.incentive.care.CaseForm;
import org.jiceng.incentive.care.CareService;
import org.jiceng.incentive.care.CloseForm;
import org.jiceng.incentive.care.HardshipCase;
import org.jiceng.incentive.care.ReverseForm;
import org.jiceng.incentive.care.SupportEntry;
import org.jiceng.incentive.care.SupportForm;
import org.jiceng.incentive.talk.CheckForm;
import org.jiceng.incentive.talk.Talk;
import org.jiceng.incentive.talk.TalkForm;
import org.jiceng.incentive.talk.TalkKind;
import org.jiceng.incentive.talk.TalkRuleForm;
import org.jiceng.incentive.talk.TalkService;
import org.jiceng.organization.RegisterSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * 激励保障 of the seed, written through the module's services so its rules hold for demo data: the county's 诫勉
 * influence period (6 months from 2009); 汉封乡's 诫勉谈话 with 关村村's secretary (2010-04-12), whose flag keeps them
 * out of the model-member call; 南指挥镇's 诫勉谈话 with two village cadres in post (March and April 2010, seed: "对
 * ‘预习’走过场、‘练习’不负责、‘复习’打马虎的个别村干部进行了诫勉谈话"), the first one checked; a hardship case for
 * everyone the register marks in hardship, with 2010 support — 汉封乡 helps exactly 20 members ("帮扶20名生活困难
 * 党员"), one entry reversed as entered twice — a 范家寨乡 village cadre supported first, and one case closed.
 */
@Component
class IncentiveCareDemo {

    private static final LocalDate SPRING_FESTIVAL_VISITS = LocalDate.of(2010, 2, 8);
    private static final Map<String, String> CAUSES = Map.of("本人患重病，长期治疗", "01", "家庭成员患重病", "02",
            "丧失劳动能力，生活困难", "03", "遭受自然灾害，生活困难", "04", "年老体弱，无子女照料", "05");

    private final TalkService talks;
    private final CareService care;
    private final UserDetailsService accounts;
    private final JdbcTemplate jdbc;

    IncentiveCareDemo(TalkService talks, CareService care, UserDetailsService accounts, JdbcTemplate jdbc) {
        this.talks = talks;
        this.care = care;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** 汉封乡's 诫勉谈话 with the secretary of 关村村: the flag the commendation demo finds is written by this talk. */
    void guancunAdmonishment() {
        try {
            as("county", () -> talks.saveRule(new TalkRuleForm(2009, 6, null)));
            long secretary = jdbc.queryForObject("""
                    SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id
                    WHERE o.short_name = '关村村' AND\s""" + RegisterSql.member("p")
                            + " ORDER BY p.id FETCH FIRST 1 ROWS ONLY",
                    Long.class);
            as("hanfeng", () -> talks.record(new TalkForm(TalkKind.ADMONITION, secretary, LocalDate.of(2010, 4, 12),
                    "汉封乡党委会议室", "王建民", "汉封乡党委书记", "张晓燕", "汉封乡党委组织委员",
                    "因工作作风问题受到诫勉谈话：村级事务推进拖沓，示范村建设任务滞后",
                    "指出其作风漂浮、对示范村街道硬化和绿化任务督办不力，要求限期改正。", "接受批评，保证按期完成任务。",
                    "五月底前完成关村村街道硬化和绿化，每周向乡党委报告进度，六月回访")));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void load(long county) {
        try {
            nanzhihuiTalks();
            hardship();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void nanzhihuiTalks() {
        long director = cadre("槐原村", "03");
        Talk first = as("nanzhihui", () -> talks.record(new TalkForm(TalkKind.ADMONITION, director,
                LocalDate.of(2010, 3, 18), "南指挥镇党委会议室", "赵国强", "南指挥镇党委书记", "刘芳", "南指挥镇党委组织委员",
                "“预习”走过场：对春季农业生产和村级工作不提前谋划，镇上安排的任务迟迟不落实",
                "对其提出严厉批评，指出工作中“预习”走过场的问题，结合槐原村实际制定了本季度目标任务。",
                "认识到自身问题，表示立即整改，按目标任务逐项落实。",
                "一个月内制定本村春季工作计划并报镇党委，完成村组道路整修，四月中旬回访")));
        as("nanzhihui", () -> talks.check(first.id(), new CheckForm(LocalDate.of(2010, 4, 20),
                "已制定春季工作计划并报镇党委，村组道路整修完成两条，整改基本到位。", first.version())));
        long clerk = cadre("曹家沟村", "07");
        as("nanzhihui", () -> talks.record(new TalkForm(TalkKind.ADMONITION, clerk, LocalDate.of(2010, 4, 22),
                "南指挥镇党委会议室", "赵国强", "南指挥镇党委书记", "刘芳", "南指挥镇党委组织委员",
                "“练习”不负责、“复习”打马虎：村级台账记录不全，督办事项多次未按时办结",
                "指出其对督办事项敷衍应付、台账记录缺漏，要求补齐台账并按时办结督办事项。",
                "保证补齐台账，今后按时办结。", "五月底前补齐一季度村级台账，六月回访检查")));
    }

    /** A case for everyone the register marks in hardship; 2010 support; 汉封乡 exactly 20 members helped. */
    private void hardship() {
        for (DemoCounty.Township township : DemoCounty.TOWNSHIPS) {
            List<Map<String, Object>> marked = jdbc.queryForList("""
                    SELECT p.id, p.joined_on, p.hardship_note FROM people p JOIN orgs o ON o.id = p.org_id
                    JOIN orgs t ON t.id = o.parent_id
                    WHERE t.short_name = ? AND p.hardship = TRUE ORDER BY o.sort_order, p.id""", township.name());
            List<Object[]> cases = new ArrayList<>();
            for (Map<String, Object> row : marked) {
                cases.add(new Object[] {row.get("id"), row.get("joined_on"), row.get("hardship_note")});
            }
            if ("汉封乡".equals(township.name())) {
                cases = hanfengTwenty(cases);
            }
            int helped = 0;
            for (Object[] c : cases) {
                HardshipCase opened = open(township.account(), (Long) c[0], toDate(c[1]), (String) c[2]);
                boolean support = !"汉封乡".equals(township.name()) || helped < 20;
                if (support) {
                    springFestivalOrLater(township, opened, helped);
                    helped++;
                }
            }
        }
        fanjiazhaiCadre();
        closeOne();
    }

    /** 汉封乡's marked members, topped up with members in need to twenty if fewer are marked. */
    private List<Object[]> hanfengTwenty(List<Object[]> marked) {
        List<Object[]> cases = new ArrayList<>(marked);
        if (cases.size() < 20) {
            jdbc.queryForList("""
                    SELECT p.id, p.joined_on FROM people p JOIN orgs o ON o.id = p.org_id JOIN orgs t ON t.id = o.parent_id
                    WHERE t.short_name = '汉封乡' AND p.hardship = FALSE AND p.migrant = FALSE
                      AND p.political_status = 'FULL' AND p.birth_date < ? ORDER BY p.birth_date, p.id""",
                    LocalDate.of(1950, 1, 1)).stream().limit(20 - cases.size())
                    .forEach(r -> cases.add(new Object[] {r.get("id"), r.get("joined_on"), "年老体弱，无子女照料"}));
        }
        return cases;
    }

    private HardshipCase open(String account, long person, LocalDate joined, String note) {
        LocalDate opened = LocalDate.of(2009, 12, 10);
        if (joined != null && joined.isAfter(opened)) {
            opened = joined;
        }
        String cause = CAUSES.getOrDefault(note, "99");
        LocalDate on = opened;
        return as(account, () -> care.open(new CaseForm(person, cause, "01".equals(cause) ? "2" : "1", on, note)));
    }

    /** A 春节 visit before the festival where the case was open by then, else medical or cash support in April. */
    private void springFestivalOrLater(DemoCounty.Township township, HardshipCase hardship, int index) {
        String visitor = township.name() + "党委";
        if (!hardship.openedOn().isAfter(SPRING_FESTIVAL_VISITS)) {
            LocalDate day = SPRING_FESTIVAL_VISITS.plusDays(index % 4);
            SupportEntry visit = support(township.account(), hardship.id(), new SupportForm(day, "01",
                    new BigDecimal("2".equals(hardship.severity()) ? "500.00" : "300.00"), "01", "面粉一袋、食用油一桶",
                    visitor, null));
            if ("汉封乡".equals(township.name()) && index == 0) {
                SupportEntry twice = support(township.account(), hardship.id(), new SupportForm(day, "01",
                        visit.amount(), "01", "面粉一袋、食用油一桶", visitor, null));
                as(township.account(), () -> care.reverse(twice.id(), new ReverseForm("重复登记")));
            }
        }
        if ("01".equals(hardship.cause()) || "02".equals(hardship.cause()) || hardship.openedOn().isAfter(SPRING_FESTIVAL_VISITS)) {
            LocalDate day = LocalDate.of(2010, 4, 6).plusDays(index % 20);
            boolean medical = "01".equals(hardship.cause()) || "02".equals(hardship.cause());
            support(township.account(), hardship.id(), new SupportForm(day.isBefore(hardship.openedOn())
                    ? hardship.openedOn() : day, medical ? "05" : "03", new BigDecimal(medical ? "1000.00" : "600.00"),
                    medical ? "02" : "04", null, visitor, medical ? "住院费用救助" : "党员捐款临时救助"));
        }
    }

    /** 范家寨乡 supports village cadres in hardship first (seed): 凉泉村's clerk (文书), family illness. */
    private void fanjiazhaiCadre() {
        long clerk = cadre("凉泉村", "07");
        HardshipCase c = as("fanjiazhai", () -> care.open(new CaseForm(clerk, "02", "2", LocalDate.of(2010, 1, 20),
                "妻子患重病住院，家庭收入微薄")));
        support("fanjiazhai", c.id(), new SupportForm(LocalDate.of(2010, 2, 9), "01", new BigDecimal("500.00"), "01",
                "面粉一袋、食用油一桶", "范家寨乡党委", null));
        support("fanjiazhai", c.id(), new SupportForm(LocalDate.of(2010, 3, 15), "05", new BigDecimal("2000.00"), "02",
                null, "范家寨乡党委", "优先扶持困难村干部：住院费用救助"));
    }

    /** A 郭店镇 member out of hardship in April: the case closes and the register's mark clears. */
    private void closeOne() {
        jdbc.queryForList("""
                SELECT c.id FROM hardship_cases c JOIN orgs t ON t.id = c.township_id
                WHERE t.short_name = '郭店镇' AND c.closed_on IS NULL AND c.cause = '04' ORDER BY c.id""", Long.class)
                .stream().findFirst().ifPresent(id -> as("guodian", () -> care.close(id, new CloseForm(
                        LocalDate.of(2010, 4, 28), "灾后住房重建完成，已脱困", care.hardshipCase(id).version()))));
    }

    private SupportEntry support(String account, long caseId, SupportForm form) {
        return as(account, () -> care.support(caseId, form));
    }

    private long cadre(String village, String post) {
        return jdbc.queryForObject("""
                SELECT v.person_id FROM village_cadres v JOIN orgs o ON o.id = v.org_id
                WHERE o.short_name = ? AND v.post = ? AND v.term_end > ? ORDER BY v.id FETCH FIRST 1 ROWS ONLY""",
                Long.class, village, post, LocalDate.of(2010, 5, 5));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private <T> T as(String username, Supplier<T> step) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return step.get();
    }
}
