package org.jiceng.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jiceng.documents.BasisDocuments;
import org.jiceng.documents.BasisSubject;
import org.jiceng.incentive.pay.Money;
import org.jiceng.incentive.pay.account.FundsForm;
import org.jiceng.incentive.pay.account.LedgerEntry;
import org.jiceng.incentive.pay.account.LedgerService;
import org.jiceng.incentive.pay.account.PayAccount;
import org.jiceng.incentive.pay.account.PayAccountForm;
import org.jiceng.incentive.pay.account.PayMethod;
import org.jiceng.incentive.pay.account.ReversalForm;
import org.jiceng.incentive.pay.grade.CadreGradeService;
import org.jiceng.incentive.pay.grade.GradeForm;
import org.jiceng.incentive.pay.grade.GradeRow;
import org.jiceng.incentive.pay.run.PayLine;
import org.jiceng.incentive.pay.run.PayRun;
import org.jiceng.incentive.pay.run.PayRunService;
import org.jiceng.incentive.pay.run.PaymentForm;
import org.jiceng.incentive.pay.run.RunKind;
import org.jiceng.incentive.pay.standard.PayStandardForm;
import org.jiceng.incentive.pay.standard.PayStandardService;
import org.jiceng.incentive.pay.standard.TopUpForm;
import org.jiceng.organization.CadreForm;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.PeopleService;
import org.jiceng.organization.PostQueries;
import org.jiceng.organization.PostService;
import org.jiceng.organization.VillageCadre;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The seed's 专帐 of 范家寨乡 (乡财政所为每个村设立专帐，确保村干部工资按时足额发放) and 汉封乡's pay that follows results
 * (村组干部报酬与工作实绩挂钩), through the real services:
 * <ul>
 *   <li>the county's 2009 standard (an example: no 凤翔 figure is public; ratios after research §2.12), copied to 2010
 *       with raised basic pay; 范家寨乡 tops up its secretaries by 30 yuan a month in 2010;</li>
 *   <li>the villages' cadres of the previous term (2007–2010, re-elected in January 2010) where the register holds only
 *       the current term, so 2009 is paid to cadres in post at the time;</li>
 *   <li>范家寨乡: an account per village (opened 2009-01-05), 2009 paid month by month and settled (funds in January and
 *       July; performance pay from the 2009 grades, paid 2010-01-08); 2010: funds in January and April with document
 *       numbers, January–March paid by 一折通 by the 10th of the next month except 凉泉村's January (late),
 *       八旗屯村's February 文书 (short) and 庙底村's March (late), a payment recorded with the wrong method reversed
 *       and recorded again, and April's pay (due 2010-05-10) paid in the first four villages so far;</li>
 *   <li>汉封乡: pay follows the grades of its 2009 cadre assessment (a campaign, not typed here).</li>
 * </ul>
 * Nothing is dated after the demo date 2010-05-05.
 */
@Component
class PayDemo {

    static final LocalDate OPENED = LocalDate.of(2009, 1, 5);
    static final LocalDate PREVIOUS_TERM = LocalDate.of(2007, 1, 15);
    private static final List<String> GRADES = List.of("称职", "优秀", "称职", "称职", "基本称职", "称职", "优秀");

    private final PayStandardService standards;
    private final LedgerService ledger;
    private final PayRunService runs;
    private final CadreGradeService grades;
    private final PostService postService;
    private final PostQueries posts;
    private final PeopleService people;
    private final OrgTree tree;
    private final UserDetailsService accounts;
    private final java.util.Map<Long, List<PayLine>> lines = new java.util.HashMap<>();

    private final BasisDocuments basis;
    private final JdbcTemplate jdbc;

    PayDemo(PayStandardService standards, LedgerService ledger, PayRunService runs, CadreGradeService grades,
            PostService postService, PostQueries posts, PeopleService people, OrgTree tree,
            UserDetailsService accounts, BasisDocuments basis, JdbcTemplate jdbc) {
        this.basis = basis;
        this.jdbc = jdbc;
        this.standards = standards;
        this.ledger = ledger;
        this.runs = runs;
        this.grades = grades;
        this.postService = postService;
        this.posts = posts;
        this.people = people;
        this.tree = tree;
        this.accounts = accounts;
    }

    /** 范家寨乡's top-up rests on its 《乡村干部考核管理办法》 (范发〔2010〕5号). */
    private Object citeRules(long fanjiazhai) {
        long document = jdbc.queryForObject("SELECT id FROM basis_documents WHERE doc_number = ?", Long.class,
                "范发〔2010〕5号");
        basis.cite(document, new BasisSubject("PAY_TOPUP", BasisSubject.orgYear(fanjiazhai, 2010), fanjiazhai,
                "范家寨乡2010年度村干部报酬补贴"), null);
        return null;
    }

    void load(long county) {
        try {
            long fanjiazhai = township(county, "范家寨乡");
            long hanfeng = township(county, "汉封乡");
            as("county", () -> standards.save(2009, standard2009(null)));
            as("county", () -> standards.save(2010, raised(standards.copyToNextYear(2009).version())));
            as("fanjiazhai", () -> standards.saveTopups(fanjiazhai, 2010,
                    new TopUpForm(List.of(new TopUpForm.Row("01", new BigDecimal("30"))), null)));
            as("fanjiazhai", () -> citeRules(fanjiazhai));
            as("fanjiazhai", () -> previousTerms(fanjiazhai));
            as("hanfeng", () -> previousTerms(hanfeng));
            List<OrgSummary> villages = villages(fanjiazhai);
            List<PayAccount> opened = as("fanjiazhai", () -> openAccounts(villages));
            as("fanjiazhai", () -> year2009(fanjiazhai, opened));
            // 汉封乡's 2009 grades come from its cadre assessment, final since 19 January 2010 (CadreAssessmentDemo).
            as("fanjiazhai", () -> year2010(fanjiazhai, opened));
        } finally {
            lines.clear();
            SecurityContextHolder.clearContext();
        }
    }

    private PayStandardForm standard2009(Long version) {
        return new PayStandardForm(10, 15, 1, false, new BigDecimal("50"), new BigDecimal("100"),
                "示例标准：凤翔县报酬标准未公开，按“其他村干部为书记的80%–90%”等做法拟定（研究资料§2.12）",
                List.of(post("01", "380", "1200"), post("02", "300", "960"), post("03", "340", "1080"),
                        post("04", "280", "900"), post("05", "260", "800"), post("07", "300", "960")),
                List.of(new PayStandardForm.CapRow(0, 3), new PayStandardForm.CapRow(1500, 5)),
                List.of(grade("优秀", "100"), grade("称职", "80"), grade("基本称职", "50"), grade("不称职", "0")), version);
    }

    /** 2010: basic pay raised, the rest as 2009. */
    private PayStandardForm raised(long version) {
        PayStandardForm f = standard2009(version);
        return new PayStandardForm(f.dueDay(), f.countedDay(), f.performanceDueMonth(), f.overdraftAllowed(),
                f.topupLimit(), f.onTimeTarget(), f.note(),
                List.of(post("01", "400", "1200"), post("02", "320", "960"), post("03", "360", "1080"),
                        post("04", "300", "900"), post("05", "280", "800"), post("07", "320", "960")),
                f.caps(), f.grades(), version);
    }

    /** The same cadres in the previous term where the register holds nobody paid in post during 2009. */
    private Object previousTerms(long township) {
        for (OrgSummary village : villages(township)) {
            LocalDate from = LocalDate.of(2009, 1, 1);
            LocalDate to = LocalDate.of(2009, 12, 31);
            List<VillageCadre> current = posts.paidCadresDuring(village.id(), LocalDate.of(2010, 5, 5),
                    LocalDate.of(2010, 5, 5));
            for (VillageCadre c : current) {
                boolean heldIn2009 = posts.paidCadresDuring(village.id(), from, to).stream()
                        .anyMatch(p -> p.post().equals(c.post()));
                if (heldIn2009 || !c.termStart().isAfter(from)) {
                    continue;
                }
                LocalDate confirmed = people.get(c.personId()).confirmedOn();
                LocalDate start = confirmed != null && confirmed.isAfter(PREVIOUS_TERM) ? confirmed : PREVIOUS_TERM;
                if (start.isBefore(c.termStart())) {
                    postService.addCadre(village.id(), new CadreForm(c.personId(), c.post(), start, c.termStart(),
                            c.concurrentHead(), true, null));
                }
            }
        }
        return null;
    }

    private List<PayAccount> openAccounts(List<OrgSummary> villages) {
        List<PayAccount> opened = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
            OrgSummary v = villages.get(i);
            int population = 900 + (i * 397) % 1300;
            opened.add(ledger.open(new PayAccountForm(v.id(), v.shortName() + "村干部报酬专帐",
                    "凤翔县农村信用合作联社范家寨信用社", "27090" + (1201 + i * 17), population, OPENED, null)));
        }
        return opened;
    }

    private Object year2009(long township, List<PayAccount> accounts) {
        List<PayRun> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(runs.compute(township, RunKind.MONTHLY, 2009, m));
        }
        fund(accounts, months.subList(0, 6), LocalDate.of(2009, 1, 8), "凤财发〔2009〕3号", BigDecimal.ZERO);
        fund(accounts, months.subList(6, 12), LocalDate.of(2009, 7, 6), "凤财发〔2009〕41号", BigDecimal.ZERO);
        for (PayRun run : months) {
            LocalDate paidOn = run.payableFrom().plusMonths(1).withDayOfMonth(6);
            accounts.forEach(a -> runs.payVillage(run.id(), a.villageId(), paidOn, PayMethod.PASSBOOK));
        }
        grade(township, 2009);
        PayRun performance = runs.compute(township, RunKind.PERFORMANCE, 2009, 0);
        fund(accounts, List.of(performance), LocalDate.of(2009, 12, 28), "凤财发〔2009〕96号", BigDecimal.ZERO);
        accounts.forEach(a -> {
            if (hasDue(performance, a.villageId())) {
                runs.payVillage(performance.id(), a.villageId(), LocalDate.of(2010, 1, 8), PayMethod.PASSBOOK);
            }
        });
        return null;
    }

    private Object year2010(long township, List<PayAccount> accounts) {
        List<PayRun> months = new ArrayList<>();
        for (int m = 1; m <= 4; m++) {
            months.add(runs.compute(township, RunKind.MONTHLY, 2010, m));
        }
        fund(accounts, months.subList(0, 3), LocalDate.of(2010, 1, 6), "凤财发〔2010〕2号", BigDecimal.ZERO);
        fund(accounts, List.of(months.get(3), months.get(3), months.get(3)), LocalDate.of(2010, 4, 6),
                "凤财发〔2010〕28号", BigDecimal.ZERO);
        for (int m = 1; m <= 3; m++) {
            PayRun run = months.get(m - 1);
            for (int i = 0; i < accounts.size(); i++) {
                long village = accounts.get(i).villageId();
                LocalDate onTime = LocalDate.of(2010, m + 1, 5 + i % 4);
                if (m == 1 && i == 1) {
                    runs.payVillage(run.id(), village, LocalDate.of(2010, 2, 20), PayMethod.PASSBOOK);
                } else if (m == 2 && i == 2) {
                    payShortToClerk(run, village, onTime);
                } else if (m == 3 && i == 3) {
                    runs.payVillage(run.id(), village, LocalDate.of(2010, 4, 15), PayMethod.PASSBOOK);
                } else if (m == 3 && i == 5) {
                    correctMethod(run, village, onTime);
                } else {
                    runs.payVillage(run.id(), village, onTime, PayMethod.PASSBOOK);
                }
            }
        }
        for (int i = 0; i < 4; i++) {
            runs.payVillage(months.get(3).id(), accounts.get(i).villageId(), LocalDate.of(2010, 5, 4), PayMethod.PASSBOOK);
        }
        return null;
    }

    /** 八旗屯村's February: the 文书 (or the last cadre listed) is paid only part of the due; the rest in full. */
    private void payShortToClerk(PayRun run, long village, LocalDate date) {
        List<PayLine> lines = lines(run, village);
        PayLine clerk = lines.get(lines.size() - 1);
        runs.pay(clerk.id(), new PaymentForm(clerk.due().subtract(new BigDecimal("100")), date, PayMethod.PASSBOOK,
                "资金未到位，余额待补发"));
        lines.stream().filter(l -> l.id() != clerk.id()).forEach(l ->
                runs.pay(l.id(), new PaymentForm(l.due(), date, PayMethod.PASSBOOK, null)));
    }

    /** 高咀村's March: one payment recorded as cash by mistake, reversed today and recorded again by 一折通. */
    private void correctMethod(PayRun run, long village, LocalDate date) {
        List<PayLine> lines = lines(run, village);
        LedgerEntry wrong = runs.pay(lines.get(0).id(), new PaymentForm(lines.get(0).due(), date, PayMethod.CASH, null));
        ledger.reverse(wrong.id(), new ReversalForm("发放方式登记错误（实为一折通），冲销后重新登记"));
        runs.payVillage(run.id(), village, date, PayMethod.PASSBOOK);
    }

    /** Records grades for the township's paid cadres of the year, varied so pay follows results. */
    private Object grade(long township, int year) {
        List<GradeRow> sheet = grades.sheet(township, year);
        List<GradeForm.Row> rows = new ArrayList<>();
        for (int i = 0; i < sheet.size(); i++) {
            GradeRow r = sheet.get(i);
            if (r.grade() == null) {
                rows.add(new GradeForm.Row(r.personId(), GRADES.get(i % GRADES.size()), null));
            }
        }
        grades.save(township, year, new GradeForm(rows));
        return null;
    }

    /** Money in for each account: what the runs make due in its village, rounded up to the hundred. */
    private void fund(List<PayAccount> accounts, List<PayRun> runsFunded, LocalDate date, String documentNo,
                      BigDecimal extra) {
        for (PayAccount a : accounts) {
            BigDecimal due = extra;
            for (PayRun run : runsFunded) {
                due = due.add(Money.sum(lines(run, a.villageId()).stream().map(PayLine::due).toList()));
            }
            if (due.signum() > 0) {
                BigDecimal amount = due.divide(new BigDecimal("100"), 0, RoundingMode.CEILING).multiply(new BigDecimal("100"));
                ledger.fundsIn(a.id(), new FundsForm(date, amount, "财政转移支付", documentNo, null));
            }
        }
    }

    private boolean hasDue(PayRun run, long village) {
        return lines(run, village).stream().anyMatch(l -> l.due().signum() > 0);
    }

    /** A run's lines of a village that are due pay (what is due never changes once computed, so read once). */
    private List<PayLine> lines(PayRun run, long village) {
        return lines.computeIfAbsent(run.id(), id -> runs.lines(id)).stream()
                .filter(l -> l.villageId() == village && !l.excluded()).toList();
    }

    private long township(long county, String name) {
        return tree.children(county).stream().filter(o -> o.shortName().equals(name)).findFirst().orElseThrow().id();
    }

    private List<OrgSummary> villages(long township) {
        return tree.children(township).stream().filter(o -> o.type().isVillageLevel()).toList();
    }

    private static PayStandardForm.PostRow post(String code, String basic, String performance) {
        return new PayStandardForm.PostRow(code, new BigDecimal(basic), new BigDecimal(performance));
    }

    private static PayStandardForm.GradeRow grade(String name, String percent) {
        return new PayStandardForm.GradeRow(name, new BigDecimal(percent));
    }

    private <T> T as(String username, Supplier<T> step) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return step.get();
    }
}
