package org.jiceng.incentive.pay.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.configuration.CodeLists;
import org.jiceng.incentive.pay.Money;
import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.organization.OrgSummary;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's pay standards per year and the townships' top-ups. A standard is set for one year and carried into
 * the next only by copying it ({@link #copyToNextYear}), so each year's pay is computed by the rules of that year.
 */
@Service
@Transactional
public class PayStandardService {

    static final String STANDARD = "PAY_STANDARD";
    static final String TOPUPS = "PAY_TOPUPS";

    private final PayStandardRepository repository;
    private final PayOrgs orgs;
    private final CodeLists codes;
    private final DataScope scope;
    private final ApplicationEventPublisher events;

    PayStandardService(PayStandardRepository repository, PayOrgs orgs, CodeLists codes, DataScope scope,
                    ApplicationEventPublisher events) {
        this.repository = repository;
        this.orgs = orgs;
        this.codes = codes;
        this.scope = scope;
        this.events = events;
    }

    /** The standard the county above (or at) the org set for exactly this year, if any. */
    @Transactional(readOnly = true)
    public Optional<PayStandard> ofYear(long orgId, int year) {
        return repository.find(orgs.countyOf(orgId), year, postLabels());
    }

    /** The year's standard, or a refusal saying the county has not set it. */
    @Transactional(readOnly = true)
    public PayStandard require(long orgId, int year) {
        return ofYear(orgId, year).orElseThrow(() -> new RuleViolationException(
                year + "年度村干部报酬标准尚未制定，请县委组织部先制定（可由上一年度复制）"));
    }

    @Transactional(readOnly = true)
    public PayStandard byId(long standardId) {
        return repository.find(standardId, postLabels()).orElseThrow();
    }

    /** The years the signed-in user's county has standards for, latest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return repository.years(orgs.countyOf(scope.requireActor().orgId()));
    }

    /** Sets (or, from the version read, changes) the signed-in county officer's standard for the year. */
    public PayStandard save(int year, PayStandardForm form) {
        long county = orgs.countyOf(scope.requireActor().orgId());
        Map<String, String> posts = activePosts();
        List<FieldError> errors = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            errors.add(new FieldError("year", "年度须在2000至2100之间"));
        }
        errors.addAll(StandardRules.check(form, posts));
        RuleViolationException.throwIfAny("报酬标准未保存：请修改标出的项目", errors);
        String by = scope.requireActor().username();
        Optional<PayStandard> before = repository.find(county, year, postLabels());
        if (before.isEmpty()) {
            if (form.version() != null) {
                throw new StaleEditException(year + "年度村干部报酬标准");
            }
            long id = repository.insert(StandardRules.toStandard(null, county, year, form, posts, 0), by);
            PayStandard created = byId(id);
            events.publishEvent(Audited.created(STANDARD, id, label(year), county, created));
            return created;
        }
        PayStandard old = before.get();
        if (form.version() == null || form.version() != old.version()) {
            throw new StaleEditException(label(year));
        }
        repository.update(StandardRules.toStandard(old.id(), county, year, form, posts, old.version()), old.version(), by);
        PayStandard after = byId(old.id());
        events.publishEvent(Audited.updated(STANDARD, old.id(), label(year), county, old, after));
        return after;
    }

    /** Carries a year's standard into the next year as a copy the county may then change; never over an existing one. */
    public PayStandard copyToNextYear(int fromYear) {
        long county = orgs.countyOf(scope.requireActor().orgId());
        PayStandard source = repository.find(county, fromYear, postLabels()).orElseThrow(() ->
                new RuleViolationException(fromYear + "年度没有报酬标准，无法复制"));
        int year = fromYear + 1;
        if (repository.find(county, year, postLabels()).isPresent()) {
            throw new RuleViolationException(year + "年度报酬标准已存在，不能覆盖；请直接修改");
        }
        PayStandard copy = new PayStandard(null, county, year, source.dueDay(), source.countedDay(),
                source.performanceDueMonth(), source.overdraftAllowed(), source.topupLimit(), source.onTimeTarget(),
                source.note(), source.posts(), source.caps(), source.grades(), 0);
        long id = repository.insert(copy, scope.requireActor().username());
        PayStandard created = byId(id);
        events.publishEvent(new Audited("COPY", STANDARD, id, label(year) + "（复制自" + fromYear + "年度）", county,
                source, created));
        return created;
    }

    // ---- top-ups

    /** The township's top-ups for the year (none when it has set none). */
    @Transactional(readOnly = true)
    public TopUps topups(long townshipId, int year) {
        return repository.topups(townshipId, year).orElse(TopUps.none(townshipId, year));
    }

    /**
     * Sets the township's monthly top-ups for the year: only for posts the county's standard pays, each in fen, not
     * negative and not above the county's limit.
     */
    public TopUps saveTopups(long townshipOrgId, int year, TopUpForm form) {
        OrgSummary township = orgs.township(townshipOrgId);
        PayStandard standard = require(township.id(), year);
        List<FieldError> errors = new ArrayList<>();
        Map<String, BigDecimal> monthly = new LinkedHashMap<>();
        for (int i = 0; i < form.rows().size(); i++) {
            TopUpForm.Row row = form.rows().get(i);
            if (row == null || row.monthly() == null) {
                continue;
            }
            String field = "rows[" + i + "].monthly";
            Optional<PayStandard.PostPay> post = standard.post(row.post() == null ? "" : row.post());
            if (post.isEmpty()) {
                errors.add(new FieldError(field, "县定标准不含该职务，不能补贴"));
                continue;
            }
            int before = errors.size();
            Money.check(errors, field, post.get().postLabel() + "的每月补贴", row.monthly(), true);
            if (errors.size() == before && row.monthly().compareTo(standard.topupLimit()) > 0) {
                errors.add(new FieldError(field, post.get().postLabel() + "的每月补贴超过县定上限"
                        + Money.format(standard.topupLimit()) + "元"));
            }
            if (errors.size() == before && row.monthly().signum() > 0) {
                monthly.put(row.post(), Money.fen(row.monthly()));
            }
        }
        RuleViolationException.throwIfAny("乡镇补贴未保存：请修改标出的项目", errors);
        Optional<TopUps> old = repository.topups(township.id(), year);
        if (old.isPresent() != (form.version() != null)
                || old.isPresent() && form.version() != old.get().version()) {
            throw new StaleEditException(township.shortName() + year + "年度乡镇补贴");
        }
        long id = repository.saveTopups(township.id(), year, monthly, old.map(TopUps::id).orElse(null),
                form.version(), scope.requireActor().username());
        TopUps after = topups(township.id(), year);
        events.publishEvent(new Audited(old.isPresent() ? "UPDATE" : "CREATE", TOPUPS, id,
                township.shortName() + year + "年度乡镇补贴", township.id(), old.orElse(null), after));
        return after;
    }

    /** Code → label of every post of the register's list (inactive ones included, for old standards). */
    @Transactional(readOnly = true)
    public Map<String, String> postLabels() {
        return codes.labels(CodeLists.VILLAGE_CADRE_POST);
    }

    private Map<String, String> activePosts() {
        Map<String, String> posts = new LinkedHashMap<>();
        codes.items(CodeLists.VILLAGE_CADRE_POST).forEach(item -> posts.put(item.code(), item.label()));
        return posts;
    }

    private static String label(int year) {
        return year + "年度村干部报酬标准";
    }
}
