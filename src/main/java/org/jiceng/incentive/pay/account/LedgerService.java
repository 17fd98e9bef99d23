package org.jiceng.incentive.pay.account;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.incentive.pay.standard.PayStandard;
import org.jiceng.incentive.pay.standard.PayStandardService;
import org.jiceng.organization.OrgSummary;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The township finance office's dedicated accounts: one per village, opened once, with a ledger that only grows
 * (funds in, pay out, reversals; {@link LedgerRules}). Every money change locks the account, checks the rules against
 * the ledger as it stands, writes one entry and publishes the balance before and after for the audit log, in one
 * transaction.
 */
@Service
@Transactional
public class LedgerService {

    static final String ACCOUNT = "PAY_ACCOUNT";
    static final String ENTRY = "PAY_ENTRY";

    private final PayAccountRepository repository;
    private final PayOrgs orgs;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final PayStandardService standards;
    private final Clock clock;

    LedgerService(PayAccountRepository repository, PayOrgs orgs, DataScope scope, ApplicationEventPublisher events,
                  PayStandardService standards, Clock clock) {
        this.repository = repository;
        this.standards = standards;
        this.orgs = orgs;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** The balance before and after a money change, with the entry written (the audit log's before and after). */
    public record BalanceChange(long accountId, BigDecimal balance, LedgerEntry entry) {
    }

    /** The accounts of a township's villages in the user's scope, with their balances. */
    @Transactional(readOnly = true)
    public List<PayAccount> accounts(long townshipId) {
        Map<Long, String> names = new HashMap<>();
        orgs.villages(townshipId).forEach(v -> names.put(v.id(), v.shortName()));
        return repository.ofTownship(townshipId, scope.scope(ScopeKind.REGISTER)).stream()
                .map(a -> a.named(names.getOrDefault(a.villageId(), orgs.name(a.villageId())))).toList();
    }

    @Transactional(readOnly = true)
    public PayAccount account(long accountId) {
        return repository.find(accountId).filter(a -> orgs.covers(a.villageId()))
                .map(a -> a.named(orgs.name(a.villageId())))
                .orElseThrow(() -> NotFoundException.of("专帐", accountId));
    }

    /** The village's account, if it has one (no scope check: callers pass a village they checked). */
    @Transactional(readOnly = true)
    public Optional<PayAccount> accountOfVillage(long villageId) {
        return repository.ofVillage(villageId).map(a -> a.named(orgs.name(villageId)));
    }

    /**
     * The villages that have an account, among these villages and the villages of these townships, each with its
     * township (no scope check: for metrics, which callers have checked).
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> villagesWithAccount(java.util.Collection<Long> orgIds) {
        return orgIds.isEmpty() ? Map.of() : repository.holders(orgIds);
    }

    /** Opens the one account of a village in scope, dated not after today. */
    public PayAccount open(PayAccountForm form) {
        OrgSummary village = orgs.village(form.villageId() == null ? -1 : form.villageId());
        OrgSummary township = orgs.townshipOf(village.id())
                .orElseThrow(() -> RuleViolationException.onField("villageId", "该村不在任何乡镇之下"));
        List<FieldError> errors = detailErrors(form, LocalDate.now(clock));
        if (repository.ofVillage(village.id()).isPresent()) {
            errors.add(0, new FieldError("villageId", village.shortName() + "已开设报酬专帐，每村只设一个"));
        }
        RuleViolationException.throwIfAny("专帐未开设：请修改标出的项目", errors);
        long id = repository.insert(township.id(), form, scope.requireActor().username());
        PayAccount created = account(id);
        events.publishEvent(Audited.created(ACCOUNT, id, village.shortName() + "报酬专帐", village.id(), created));
        return created;
    }

    /** Corrects an account's name, bank, number, population or opening date (not its village, not its money). */
    public PayAccount update(long accountId, PayAccountForm form) {
        PayAccount before = account(accountId);
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException(before.villageName() + "报酬专帐");
        }
        List<FieldError> errors = detailErrors(form, LocalDate.now(clock));
        LocalDate firstEntry = repository.entries(accountId).stream().map(LedgerEntry::date).findFirst().orElse(null);
        if (form.openedOn() != null && firstEntry != null && form.openedOn().isAfter(firstEntry)) {
            errors.add(new FieldError("openedOn", "开户日期不能晚于第一笔收支（" + firstEntry + "）"));
        }
        RuleViolationException.throwIfAny("专帐未保存：请修改标出的项目", errors);
        repository.update(accountId, form, before.version());
        PayAccount after = account(accountId);
        events.publishEvent(Audited.updated(ACCOUNT, accountId, after.villageName() + "报酬专帐", after.villageId(),
                before, after));
        return after;
    }

    /** Records money into the account. */
    public LedgerEntry fundsIn(long accountId, FundsForm form) {
        PayAccount account = account(accountId);
        repository.lock(accountId);
        RuleViolationException.throwIfAny("拨入未登记：请修改标出的项目",
                LedgerRules.checkFundsIn(form, account.openedOn(), LocalDate.now(clock)));
        Map<String, Object> values = new HashMap<>();
        values.put("source", form.source().strip());
        values.put("documentNo", form.documentNo().strip());
        values.put("note", Text.clean(form.note()));
        return write(account, EntryKind.FUND_IN, form.date(), form.amount(), values,
                account.villageName() + "专帐拨入：" + form.source().strip(), repository.balance(accountId));
    }

    /**
     * Pays money out of the village's account for a pay line (called by the pay run, which checked the line's own
     * rules). Refused when the village has no account or when the account would be overdrawn and the year's standard
     * does not allow it.
     */
    public LedgerEntry payOut(long villageId, long lineId, BigDecimal amount, LocalDate date, PayMethod method,
                              String note, boolean overdraftAllowed, String label) {
        PayAccount account = repository.ofVillage(villageId).map(a -> a.named(orgs.name(villageId)))
                .orElseThrow(() -> RuleViolationException.onField("amount",
                        orgs.name(villageId) + "尚未开设报酬专帐，请先开设专帐并拨入资金"));
        repository.lock(account.id());
        List<FieldError> errors = new ArrayList<>();
        List<LedgerEntry> entries = repository.entries(account.id());
        if (date.isBefore(account.openedOn())) {
            errors.add(new FieldError("date", "发放日期不能早于专帐开户日期（" + account.openedOn() + "）"));
        }
        LedgerRules.checkDebit(entries, date, amount, overdraftAllowed, "amount").ifPresent(errors::add);
        RuleViolationException.throwIfAny(errors);
        Map<String, Object> values = new HashMap<>();
        values.put("lineId", lineId);
        values.put("method", method.name());
        values.put("note", Text.clean(note));
        return write(account, EntryKind.PAY_OUT, date, amount.negate(), values, label, Ledger.balance(entries));
    }

    /**
     * Reverses an entry today with a reason: the negation of its amount, linked to it. Reversing money in takes money
     * out and may not overdraw the account unless this year's standard allows it.
     */
    public LedgerEntry reverse(long entryId, ReversalForm form) {
        LedgerEntry entry = entry(entryId);
        PayAccount account = account(entry.accountId());
        repository.lock(account.id());
        entry = entry(entryId);
        String reason = form.reason() == null ? null : form.reason().strip();
        List<FieldError> errors = LedgerRules.checkReversal(entry, reason);
        LocalDate today = LocalDate.now(clock);
        BigDecimal amount = entry.amount().negate();
        if (errors.isEmpty() && amount.signum() < 0) {
            boolean overdraftAllowed = standards.ofYear(account.villageId(), today.getYear())
                    .map(PayStandard::overdraftAllowed).orElse(false);
            LedgerRules.checkDebit(repository.entries(account.id()), today, amount.negate(), overdraftAllowed, "reason")
                    .ifPresent(errors::add);
        }
        RuleViolationException.throwIfAny(errors);
        Map<String, Object> values = new HashMap<>();
        values.put("reversedId", entry.id());
        values.put("reason", reason);
        values.put("lineId", entry.lineId());
        return write(account, EntryKind.REVERSAL, today, amount, values,
                account.villageName() + "专帐冲销第" + entry.id() + "号：" + reason, repository.balance(account.id()));
    }

    @Transactional(readOnly = true)
    public LedgerEntry entry(long entryId) {
        return repository.entry(entryId).filter(e -> orgs.covers(e.villageId()))
                .orElseThrow(() -> NotFoundException.of("收支记录", entryId));
    }

    /** Every entry of the account, in date order. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> entries(long accountId) {
        account(accountId);
        return repository.entries(accountId);
    }

    /** The account's statement for a year, with the running balance. */
    @Transactional(readOnly = true)
    public Statement statement(long accountId, int year) {
        PayAccount account = account(accountId);
        LocalDate from = LocalDate.of(year, 1, 1);
        return Statement.of(account, year, repository.balanceBefore(accountId, from).setScale(2),
                repository.entriesBetween(accountId, from, LocalDate.of(year, 12, 31)));
    }

    private LedgerEntry write(PayAccount account, EntryKind kind, LocalDate date, BigDecimal amount,
                              Map<String, Object> values, String label, BigDecimal before) {
        long id = repository.insertEntry(account, kind, date, amount, values, scope.requireActor().username());
        LedgerEntry written = repository.entry(id).orElseThrow();
        events.publishEvent(new Audited("CREATE", ENTRY, id, label, account.villageId(),
                new BalanceChange(account.id(), before, null),
                new BalanceChange(account.id(), before.add(amount), written)));
        return written;
    }

    private static List<FieldError> detailErrors(PayAccountForm form, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (form.accountName() == null || form.accountName().isBlank()) {
            errors.add(new FieldError("accountName", "请填写账户名称"));
        }
        if (form.population() == null || form.population() < 0) {
            errors.add(new FieldError("population", "请填写村户籍人口"));
        }
        LedgerRules.dated(errors, "openedOn", "开户日期", form.openedOn(), null, null, today);
        return errors;
    }

}
