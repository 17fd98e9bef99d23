package org.jiceng.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.jiceng.shared.BusinessClock;
import org.jiceng.target.supervision.ReportForm;
import org.jiceng.target.supervision.SupervisionAction;
import org.jiceng.target.supervision.SupervisionActionForm;
import org.jiceng.target.supervision.SupervisionForm;
import org.jiceng.target.supervision.SupervisionItem;
import org.jiceng.target.supervision.SupervisionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * 督查督办 of 2010 (the seed: 南指挥镇 "把平时督查督办与阶段性小结、季度小结、半年年度工作总结考核相结合", "经常督察督办，专人逐项
 * 落实"), through the real service on the days it happened: the county's items to 南指挥镇 (以会代训 and 现场会 reported
 * and closed on time; the 诫勉谈话 report returned for want of detail) and to 汉封乡 (target letters signed with every
 * village, closed); 南指挥镇's own items to its villages (槐原村's venue repair past its deadline, 北指挥村's greening
 * under way); 汉封乡's item to 程家塬村 (demonstration-village greening), reported by its secretary and closed.
 */
@Component
class SupervisionDemo {

    private final SupervisionService supervision;
    private final UserDetailsService accounts;
    private final JdbcTemplate jdbc;
    private final BusinessClock clock;

    SupervisionDemo(SupervisionService supervision, UserDetailsService accounts, JdbcTemplate jdbc,
                    BusinessClock clock) {
        this.supervision = supervision;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load() {
        try {
            SupervisionItem trainings = register("county", "以会代训及现场会开展情况报送", "县委组织部2010年第一季度党建工作安排",
                    "报送今年以来以会代训、现场会的次数、参加人数和主要内容，附会议记录", "南指挥镇", LocalDate.of(2010, 3, 1),
                    LocalDate.of(2010, 3, 31));
            SupervisionItem letters = register("county", "争先创优目标责任书签订情况", "县委组织部2010年第一季度党建工作安排",
                    "3月底前与各村签订争优创先目标责任书，报送签订情况及责任书样本", "汉封乡", LocalDate.of(2010, 3, 5),
                    LocalDate.of(2010, 3, 31));
            step("county", trainings, SupervisionAction.ASSIGN, LocalDate.of(2010, 3, 1), null);
            step("county", letters, SupervisionAction.ASSIGN, LocalDate.of(2010, 3, 5), null);
            SupervisionItem venue = register("nanzhihui", "村级活动场所整修", "镇党委会议（2010年3月25日）",
                    "整修村党员活动室，配齐桌椅和远程教育设备，4月25日前完成并报送照片", "槐原村", LocalDate.of(2010, 3, 25),
                    LocalDate.of(2010, 4, 25));
            step("nanzhihui", venue, SupervisionAction.ASSIGN, LocalDate.of(2010, 3, 25), null);
            SupervisionItem model = register("hanfeng", "程家塬村示范村街道绿化", "乡党委新农村建设示范村推进会",
                    "完成村内主街道绿化美化，栽植小叶黄杨、红叶李，4月底前完成", "程家塬村", LocalDate.of(2010, 3, 20),
                    LocalDate.of(2010, 4, 30));
            step("hanfeng", model, SupervisionAction.ASSIGN, LocalDate.of(2010, 3, 20), null);
            report("nanzhihui", trainings, LocalDate.of(2010, 3, 28),
                    "今年以来以会代训8次，召开现场会2次，镇村干部和党员参加，会议记录附后");
            report("hanfeng", letters, LocalDate.of(2010, 3, 30), "3月份已与全乡各村签订争优创先目标责任书，争创目标、任务、对象三明确");
            step("county", trainings, SupervisionAction.ACCEPT, LocalDate.of(2010, 4, 1), null);
            step("county", letters, SupervisionAction.ACCEPT, LocalDate.of(2010, 4, 2), null);
            SupervisionItem talks = register("county", "对工作不力村干部诫勉谈话情况报送", "县委组织部激励保障工程推进会",
                    "报送对“预习”走过场、“练习”不负责、“复习”打马虎的村干部进行诫勉谈话的情况及整改要求", "南指挥镇",
                    LocalDate.of(2010, 4, 12), LocalDate.of(2010, 5, 15));
            step("county", talks, SupervisionAction.ASSIGN, LocalDate.of(2010, 4, 12), null);
            step("nanzhihui", venue, SupervisionAction.REMIND, LocalDate.of(2010, 4, 20), "请于4月25日前完成整修并报送照片");
            SupervisionItem greening = register("nanzhihui", "春季植树及村庄街道绿化", "镇党委会议（2010年4月20日）",
                    "完成村庄主要街道绿化，5月20日前报送完成情况", "北指挥村", LocalDate.of(2010, 4, 20),
                    LocalDate.of(2010, 5, 20));
            step("nanzhihui", greening, SupervisionAction.ASSIGN, LocalDate.of(2010, 4, 20), null);
            report("nanzhihui", talks, LocalDate.of(2010, 4, 26), "已对个别村干部进行诫勉谈话，提出严厉批评");
            report("chengjiayuan", model, LocalDate.of(2010, 4, 28), "主街道绿化已完成，栽植小叶黄杨、红叶李等苗木");
            step("county", talks, SupervisionAction.RETURN, LocalDate.of(2010, 4, 29),
                    "未写明谈话对象、谈话时间和整改要求，请逐人列明后重新报送");
            step("hanfeng", model, SupervisionAction.ACCEPT, LocalDate.of(2010, 5, 3), null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private SupervisionItem register(String who, String title, String source, String requirement, String lead,
                                     LocalDate on, LocalDate deadline) {
        return on(on, () -> as(who, () -> supervision.register(new SupervisionForm(null, title, source, requirement,
                org(lead), List.of(), on, deadline))));
    }

    private void step(String who, SupervisionItem item, SupervisionAction action, LocalDate on, String note) {
        on(on, () -> as(who, () -> supervision.act(item.id(), action, new SupervisionActionForm(action, note, null,
                supervision.item(item.id()).version()))));
    }

    private void report(String who, SupervisionItem item, LocalDate on, String text) {
        on(on, () -> as(who, () -> supervision.report(item.id(),
                new ReportForm(text, supervision.item(item.id()).version()), null, null)));
    }

    private <T> T on(LocalDate day, Supplier<T> step) {
        try (var onThatDay = clock.travelTo(day)) {
            return step.get();
        }
    }

    private long org(String shortName) {
        return jdbc.queryForObject("SELECT id FROM orgs WHERE short_name = ? ORDER BY id FETCH FIRST 1 ROWS ONLY",
                Long.class, shortName);
    }

    private <T> T as(String username, Supplier<T> step) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return step.get();
    }
}
