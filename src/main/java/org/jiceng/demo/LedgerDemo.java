package org.jiceng.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jiceng.shared.BusinessClock;
import org.jiceng.target.demonstration.DemonstrationService;
import org.jiceng.target.demonstration.DesignationForm;
import org.jiceng.target.ledger.DiaryForm;
import org.jiceng.target.ledger.DiaryService;
import org.jiceng.target.letter.LetterQueries;
import org.jiceng.target.letter.LetterService;
import org.jiceng.target.task.CentralTask;
import org.jiceng.target.task.Quantity;
import org.jiceng.target.task.ShareForm;
import org.jiceng.target.task.TaskForm;
import org.jiceng.target.task.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * 目标责任 of the seed as records, written through the module's services on the days they happened: 郭店镇's 2009
 * street hardening and lighting (近100万元) and its 2010 spring works — 6,000多平方米 of paving, 520多米 of streets
 * greened, 石彪公路 6公里 greened with 2,000多株, 18 village streets with 5,000多株, 导子村's 2,000多亩 of greenhouse
 * watermelon, 近6,000头 dairy cows in the north, 17 wells, 4,300多米 of channels, 4,000多米 of buried pipe, 60多条
 * streets repaired and 导子村's west village cleared (40多户, 120多间, 6公里 hardened); 汉封乡's 18,000多棵 seedlings,
 * 28 streets and two village venues greened, 37 streets and 18.6公里 widened or hardened; 范家寨乡's four central
 * tasks (招商引资, 项目发展, 特色产业, 新农村建设) with their diaries; the two townships' demonstration villages; 汉封乡's target letters signed with every village in March. Targets are not given: the seed reports work done.
 */
@Component
class LedgerDemo {

    static final String NEW_COUNTRYSIDE = "04";
    static final String INDUSTRY = "03";
    static final String INFRASTRUCTURE = "06";

    private final TaskService tasks;
    private final LetterService letters;
    private final LetterQueries letterQueries;
    private final DemonstrationService demonstrations;
    private final DiaryService diary;
    private final UserDetailsService accounts;
    private final JdbcTemplate jdbc;
    private final BusinessClock clock;

    LedgerDemo(TaskService tasks, LetterService letters, LetterQueries letterQueries,
               DemonstrationService demonstrations, DiaryService diary, UserDetailsService accounts, JdbcTemplate jdbc,
               BusinessClock clock) {
        this.tasks = tasks;
        this.letters = letters;
        this.letterQueries = letterQueries;
        this.demonstrations = demonstrations;
        this.diary = diary;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load(long county) {
        try {
            demonstrationVillages();
            new GuodianLedger(this).load();
            HanfengLedger.Tasks hanfeng = new HanfengLedger(this).load();
            new HanfengLetters(this, letters, letterQueries).load(hanfeng.greening(), hanfeng.streets());
            fanjiazhai();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** 范家寨乡's 台账日记法 for its four central tasks, written in February after its 考核管理办法. */
    private void fanjiazhai() {
        String who = "fanjiazhai";
        String township = "范家寨乡";
        LocalDate written = LocalDate.of(2010, 2, 23);
        CentralTask investment = task(who, township, written, "招商引资", "01", "乡经济发展办", "乡财政所、各村党支部",
                "围绕苹果产业引进果品收购、贮藏和加工企业");
        CentralTask projects = task(who, township, written, "项目发展", "02", "乡项目办", "乡农业综合服务站",
                "果园滴灌、果品气调库等项目落地");
        CentralTask industry = task(who, township, written, "特色产业（苹果）", "03", "乡果业站", "各村党支部",
                "苹果园春季管理、果树修剪和果袋统一采购");
        CentralTask countryside = task(who, township, written, "新农村建设", "04", "乡村镇建设办", "各村党支部",
                "村组道路硬化和村庄绿化");
        CentralTask liangquan = share(who, investment, township, "凉泉村", "凉泉村党支部书记");
        CentralTask baqitun = share(who, projects, township, "八旗屯村", "八旗屯村党支部书记");
        CentralTask fanjiazhaiVillage = share(who, industry, township, "范家寨村", "范家寨村党支部书记");
        CentralTask miaodi = share(who, countryside, township, "庙底村", "庙底村党支部书记");
        entry(who, township, "凉泉村", LocalDate.of(2010, 3, 16), "01", liangquan,
                "接待省内果业公司来村考察，介绍全村苹果种植面积和品种，洽谈建设果品收购点", "村民代表 杨振华");
        entry(who, township, "凉泉村", LocalDate.of(2010, 4, 20), "01", liangquan,
                "引进果品收购企业一家，签订收购协议，协议投资300万元", "村民代表 杨振华", q("300", "WAN_YUAN"));
        entry(who, township, "八旗屯村", LocalDate.of(2010, 4, 8), "02", baqitun,
                "果园滴灌项目开工，铺设滴灌管网", "村民代表 王学军", q("200", "MU"));
        entry(who, township, "范家寨村", LocalDate.of(2010, 3, 25), "03", fanjiazhaiVillage,
                "组织果农春季果园管理现场培训和果树修剪", "村民代表 范建民", q("1200", "MU"), q("86", "PERSON"));
        entry(who, township, "庙底村", LocalDate.of(2010, 4, 15), "04", miaodi,
                "硬化村组道路", "村民代表 李志强", q("1.2", "KM"));
        entry(who, township, township, LocalDate.of(2010, 4, 26), "03", industry,
                "统一采购果袋，发放到各村", "乡人大主席团 赵建设");
    }

    /**
     * The seed's demonstration villages: 郭店镇 "以导子村、西南家凹、上郭店等村为示范点", 汉封乡 "全力打造程家塬村、关村村为全乡
     * 新农村建设示范村".
     */
    private void demonstrationVillages() {
        for (String village : List.of("导子村", "西南家凹村", "上郭店村")) {
            designate("guodian", "郭店镇", village, "02", LocalDate.of(2010, 2, 26),
                    "抓点带面，大力开展“三带三进三促”活动，辐射带动全镇新农村工作整体推进");
        }
        for (String village : List.of("程家塬村", "关村村")) {
            designate("hanfeng", "汉封乡", village, "01", LocalDate.of(2010, 3, 5), "全力打造为全乡新农村建设示范村");
        }
    }

    private void designate(String who, String township, String village, String kind, LocalDate on, String note) {
        long org = village(township, village);
        on(on, () -> as(who, () -> demonstrations.designate(new DesignationForm(org, on.getYear(), kind, on, note,
                null))));
    }

    // ---- steps shared by the townships' loaders

    CentralTask task(String who, String township, LocalDate on, String title, String category, String lead,
                     String co, String description) {
        long org = org(township);
        return on(on, () -> as(who, () -> tasks.create(new TaskForm(org, on.getYear(), title, category, lead, co,
                null, description, List.of()))));
    }

    CentralTask share(String who, CentralTask task, String township, String village, String lead) {
        long org = village(township, village);
        return on(task.createdAt().toLocalDate(), () -> as(who, () -> tasks.share(task.id(),
                new ShareForm(org, lead, task.leadUnit(), List.of()))));
    }

    void entry(String who, String township, String org, LocalDate on, String category, CentralTask task,
               String content, String witness, Quantity... lines) {
        long orgId = org.equals(township) ? org(township) : village(township, org);
        on(on, () -> as(who, () -> diary.record(new DiaryForm(orgId, on, category, content, witness,
                task == null ? null : task.id(), new ArrayList<>(List.of(lines)), null), List.of())));
    }

    static Quantity q(String quantity, String unit) {
        return new Quantity(new BigDecimal(quantity), unit);
    }

    /** Runs a step on the day it was taken, so every record it writes carries that day. */
    <T> T on(LocalDate day, Supplier<T> step) {
        try (var onThatDay = clock.travelTo(day)) {
            return step.get();
        }
    }

    <T> T as(String username, Supplier<T> step) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return step.get();
    }

    /** The name of the org's secretary (书记) on a day. */
    String secretaryOf(long orgId, LocalDate on) {
        return jdbc.queryForObject("""
                SELECT p.name FROM committee_posts c JOIN people p ON p.id = c.person_id
                WHERE c.org_id = ? AND c.post = '01' AND c.started_on <= ? AND (c.ended_on IS NULL OR c.ended_on >= ?)
                ORDER BY c.started_on DESC FETCH FIRST 1 ROWS ONLY""", String.class, orgId, on, on);
    }

    private long org(String shortName) {
        return jdbc.queryForObject("SELECT id FROM orgs WHERE short_name = ? AND org_type = 'TOWNSHIP'", Long.class,
                shortName);
    }

    private long village(String township, String village) {
        return jdbc.queryForObject("""
                SELECT o.id FROM orgs o JOIN orgs t ON t.id = o.parent_id WHERE o.short_name = ? AND t.short_name = ?""",
                Long.class, village, township);
    }
}
