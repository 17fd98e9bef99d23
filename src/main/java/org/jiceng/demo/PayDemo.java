package org.jiceng.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The seed's 专帐 of 范家寨乡 (乡财政所为每个村设立专帐，确保村干部工资按时足额发放) and 汉封乡's pay that follows results
 * (村组干部报酬与工作实绩挂钩), through the real services:
 * <ul>
 *   <li>the standards, top-ups and the previous term's cadres first ({@link PayStandardsDemo});</li>
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
    private static final List<String> GRADES = List.of("称职", "优秀", "称职", "称职", "基本称职", "称职", "优秀");

    private final PayStandardsDemo standards;
    private final LedgerService ledger;
    private final PayRunService runs;
    private final CadreGradeService grades;
    private final OrgTree tree;
    private final UserDetailsService accounts;
    private final java.util.Map<Long, List<PayLine>> lines = new java.util.HashMap<>();

    PayDemo(PayStandardsDemo standards, LedgerService ledger, PayRunService runs, CadreGradeService grades,
            OrgTree tree, UserDetailsService accounts) {
        this.standards = standards;
        this.ledger = ledger;
        this.runs = runs;
        this.grades = grades;
        this.tree = tree;
        this.accounts = accounts;
    }

    void load(long county) {
        try {
            long fanjiazhai = township(county, "范家寨乡");
            long hanfeng = township(county, "汉封乡");
            standards.load(fanjiazhai, hanfeng);
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

    private <T> T as(String username, Supplier<T> step) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return step.get();
    }
}
