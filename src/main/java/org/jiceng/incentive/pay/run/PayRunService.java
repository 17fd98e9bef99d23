package org.jiceng.incentive.pay.run;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.incentive.CadreGrades;
import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.incentive.pay.account.LedgerEntry;
import org.jiceng.incentive.pay.account.LedgerService;
import org.jiceng.incentive.pay.account.PayAccount;
import org.jiceng.incentive.pay.standard.PayStandard;
import org.jiceng.incentive.pay.standard.PayStandardService;
import org.jiceng.incentive.pay.standard.TopUps;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.PostQueries;
import org.jiceng.organization.VillageCadre;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pay runs of a township: computes what each paid cadre of the register is due for a month or a year
 * ({@link RunCalculator}), records payments through the village's dedicated account ({@link LedgerService}) under
 * {@link PaymentRules}, and tells each line's 按时足额 status. A run may be recomputed only while nothing has been paid
 * on it; after that its lines are a record, corrected by reversing payments.
 */
@Service
@Transactional
public class PayRunService {

    static final String RUN = "PAY_RUN";

    private final PayRunRepository repository;
    private final PayStandardService standards;
    private final LedgerService ledger;
    private final PostQueries posts;
    private final CadreGrades grades;
    private final PayOrgs orgs;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PayRunService(PayRunRepository repository, PayStandardService standards, LedgerService ledger, PostQueries posts,
               CadreGrades grades, PayOrgs orgs, DataScope scope, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.standards = standards;
        this.ledger = ledger;
        this.posts = posts;
        this.grades = grades;
        this.orgs = orgs;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Computes a township's run for a month (1–12) or, with {@link RunKind#PERFORMANCE}, a year. Refused before the
     * period is over enough to pay (a month from its first day, performance pay after the year), without the year's
     * standard, or when the run exists.
     */
    public PayRun compute(long townshipOrgId, RunKind kind, int year, int month) {
        OrgSummary township = orgs.township(townshipOrgId);
        int m = kind == RunKind.PERFORMANCE ? 0 : month;
        if (kind == RunKind.MONTHLY && (month < 1 || month > 12)) {
            throw RuleViolationException.onField("month", "请选择月份（1至12）");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = kind == RunKind.MONTHLY ? LocalDate.of(year, month, 1) : LocalDate.of(year + 1, 1, 1);
        if (from.isAfter(today)) {
            throw RuleViolationException.onField(kind == RunKind.MONTHLY ? "month" : "year",
                    kind == RunKind.MONTHLY ? year + "年" + month + "月尚未开始，不能计算报酬"
                            : year + "年度尚未结束，不能计算绩效报酬");
        }
        if (repository.run(township.id(), kind, year, m).isPresent()) {
            throw RuleViolationException.onField("month", township.shortName() + "已计算"
                    + (kind == RunKind.MONTHLY ? year + "年" + month + "月基本报酬" : year + "年度绩效报酬") + "，请在原记录中发放");
        }
        PayStandard standard = standards.require(township.id(), year);
        LocalDate due = kind == RunKind.MONTHLY ? standard.dueDate(YearMonth.of(year, month))
                : standard.performanceDueDate(year);
        long id = repository.insertRun(township.id(), kind, year, m, standard.id(), due,
                scope.requireActor().username());
        repository.insertLines(id, plans(township, standard, kind, year, m));
        PayRun created = run(id);
        events.publishEvent(Audited.created(RUN, id, township.shortName() + created.label(), township.id(),
                new RunSummary(created, lines(id))));
        return created;
    }

    /** Computes the run again from today's register and standard, while nothing has been paid on it. */
    public PayRun recompute(long runId, Long version) {
        PayRun before = run(runId);
        if (version == null || version != before.version()) {
            throw new StaleEditException(before.label());
        }
        if (repository.hasEntries(runId)) {
            throw new RuleViolationException(before.label() + "已有发放记录，不能重新计算；如有差错请冲销后补发");
        }
        OrgSummary township = orgs.township(before.townshipId());
        PayStandard standard = standards.require(township.id(), before.year());
        LocalDate due = before.kind() == RunKind.MONTHLY ? standard.dueDate(YearMonth.of(before.year(), before.month()))
                : standard.performanceDueDate(before.year());
        RunSummary old = new RunSummary(before, lines(runId));
        repository.recompute(runId, before.version(), standard.id(), due,
                plans(township, standard, before.kind(), before.year(), before.month()), scope.requireActor().username());
        PayRun after = run(runId);
        events.publishEvent(Audited.updated(RUN, runId, township.shortName() + after.label(), township.id(), old,
                new RunSummary(after, lines(runId))));
        return after;
    }

    @Transactional(readOnly = true)
    public PayRun run(long runId) {
        return repository.run(runId).filter(r -> orgs.covers(r.townshipId()))
                .map(r -> r.named(orgs.name(r.townshipId())))
                .orElseThrow(() -> NotFoundException.of("报酬发放", runId));
    }

    /** The runs of a township in a year: months in order, then the performance run. */
    @Transactional(readOnly = true)
    public List<PayRun> runs(long townshipOrgId, int year) {
        OrgSummary township = orgs.township(townshipOrgId);
        return repository.runs(township.id(), year).stream().map(r -> r.named(township.shortName())).toList();
    }

    /** The lines of a run the user may see (a village secretary only the village's), with their status today. */
    @Transactional(readOnly = true)
    public List<PayLine> lines(long runId) {
        PayRun run = run(runId);
        Map<Long, String> names = villageNames(run.townshipId());
        return repository.lines(run, LocalDate.now(clock), scope.scope(ScopeKind.REGISTER)).stream()
                .map(l -> l.named(names.getOrDefault(l.villageId(), ""))).toList();
    }

    @Transactional(readOnly = true)
    public PayLine line(long lineId) {
        long runId = repository.runOfLine(lineId).orElseThrow(() -> NotFoundException.of("报酬明细", lineId));
        PayRun run = repository.run(runId).orElseThrow();
        return repository.line(lineId, run.dueDate(), LocalDate.now(clock)).filter(l -> orgs.covers(l.villageId()))
                .map(l -> l.named(orgs.name(l.villageId())))
                .orElseThrow(() -> NotFoundException.of("报酬明细", lineId));
    }

    /** Records a payment against a line, out of the village's account. */
    public LedgerEntry pay(long lineId, PaymentForm form) {
        PayLine line = line(lineId);
        PayRun run = run(line.runId());
        RuleViolationException.throwIfAny("未发放：请修改标出的项目",
                PaymentRules.check(line, run, form, LocalDate.now(clock)));
        PayStandard standard = standards.byId(run.standardId());
        return ledger.payOut(line.villageId(), lineId, form.amount(), form.date(), form.method(), form.note(),
                standard.overdraftAllowed(), line.villageName() + "发放" + line.personName() + run.label());
    }

    /**
     * Records a payment to a person by the run: refused, next to the person, when the run pays them nothing (no paid
     * post, beyond the paid posts) or does not list them at all.
     */
    public LedgerEntry payPerson(long runId, Long personId, PaymentForm form) {
        List<PayLine> lines = lines(runId).stream().filter(l -> personId != null && l.personId() == personId).toList();
        if (lines.isEmpty()) {
            throw RuleViolationException.onField("personId", "该人员不在本次报酬名单中：只有村干部名册中职数内且在任的村干部领取报酬");
        }
        PayLine line = lines.stream().filter(l -> !l.excluded()).findFirst().orElse(lines.get(0));
        return pay(line.id(), form);
    }

    /**
     * Pays every cadre of a village in the run what is still unpaid (按名单发放, as a finance office pays by 一折通
     * in one batch), each a ledger entry of its own; all or nothing.
     */
    public List<LedgerEntry> payVillage(long runId, long villageId, LocalDate date, org.jiceng.incentive.pay.account.PayMethod method) {
        orgs.village(villageId);
        List<PayLine> open = lines(runId).stream()
                .filter(l -> l.villageId() == villageId && !l.excluded() && l.outstanding().signum() > 0).toList();
        if (open.isEmpty()) {
            throw RuleViolationException.onField("villageId", orgs.name(villageId) + "本次报酬已全部发放，或无应发人员");
        }
        return open.stream().map(l -> pay(l.id(), new PaymentForm(l.outstanding(), date, method, null))).toList();
    }

    /** A run and its lines, as the audit log records it. */
    record RunSummary(PayRun run, List<PayLine> lines) {
    }

    private List<RunCalculator.Plan> plans(OrgSummary township, PayStandard standard, RunKind kind, int year,
                                           int month) {
        List<OrgSummary> villages = orgs.villages(township.id());
        Map<Long, Integer> population = new HashMap<>();
        for (OrgSummary v : villages) {
            ledger.accountOfVillage(v.id()).map(PayAccount::population).ifPresent(p -> population.put(v.id(), p));
        }
        List<Long> ids = villages.stream().map(OrgSummary::id).toList();
        if (kind == RunKind.MONTHLY) {
            YearMonth ym = YearMonth.of(year, month);
            List<VillageCadre> cadres = posts.paidCadresDuring(township.id(), ym.atDay(1), ym.atEndOfMonth());
            TopUps topups = standards.topups(township.id(), year);
            return RunCalculator.monthly(standard, topups, cadres, ids, population, ym);
        }
        List<VillageCadre> cadres = posts.paidCadresDuring(township.id(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        return RunCalculator.performance(standard, cadres, ids, population, person -> grades.gradeOf(person, year));
    }

    private Map<Long, String> villageNames(long townshipId) {
        Map<Long, String> names = new HashMap<>();
        orgs.villages(townshipId).forEach(v -> names.put(v.id(), v.shortName()));
        return names;
    }
}
