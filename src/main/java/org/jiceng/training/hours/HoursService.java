package org.jiceng.training.hours;

import java.util.List;
import java.util.Optional;

import org.jiceng.organization.CountyFigureCache;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.PeopleService;
import org.jiceng.organization.Person;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training hours: who has reached the year's requirement and who is behind, by org and by member, and the county's
 * yearly requirements themselves (edited by the county officer, audited).
 */
@Service
@Transactional(readOnly = true)
public class HoursService {

    static final String RULE = "TRAINING_HOUR_RULE";

    private final HoursQueries queries;
    private final HourRules rules;
    private final OrgTree tree;
    private final PeopleService people;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final CountyFigureCache cache;

    HoursService(HoursQueries queries, HourRules rules, OrgTree tree,
                 PeopleService people, DataScope scope, ApplicationEventPublisher events, CountyFigureCache cache) {
        this.cache = cache;
        this.queries = queries;
        this.rules = rules;
        this.tree = tree;
        this.people = people;
        this.scope = scope;
        this.events = events;
    }

    /** The requirement applying to an org in scope in a year; refuses when the county has set none yet. */
    public HourRule rule(long orgId, int year) {
        org(orgId);
        return rules.applying(orgId, year).orElseThrow(() -> new RuleViolationException(
                "县委组织部尚未设置" + year + "年度（及以前）的学时要求"));
    }

    public Optional<HourRule> ruleIfSet(long orgId, int year) {
        org(orgId);
        return rules.applying(orgId, year);
    }

    /**
     * A page of the members under an org with their hours. Without a name to search, the total is the branches' sum
     * ({@link #byBranch}: their members, or those not yet at the requirement), so only the page is read.
     */
    public PageResult<HoursRow> members(long orgId, int year, boolean behindOnly, String q, PageQuery page) {
        Long total = null;
        if (q == null || q.isBlank()) {
            total = byBranch(orgId, year).stream()
                    .mapToLong(b -> behindOnly ? b.members() - b.reached() : b.members()).sum();
        }
        return queries.members(org(orgId).id(), year, rule(orgId, year), behindOnly, q, page, total);
    }

    public void forEachMember(long orgId, int year, boolean behindOnly, String q, java.util.function.Consumer<HoursRow> consumer) {
        queries.forEachMember(org(orgId).id(), year, rule(orgId, year), behindOnly, q, consumer);
    }

    /**
     * Per branch under an org in scope: members, how many reached their hours, the average. Kept until something in
     * the org's county is written ({@link CountyFigureCache}; the training dashboard reads the same figures).
     */
    public List<BranchHours> byBranch(long orgId, int year) {
        OrgSummary org = org(orgId);
        return cache.get("hours.branches", org, year, () -> queries.byBranch(org.id(), year, rule(orgId, year)));
    }

    /** A person's own record: the sessions of the year and their hours against the requirement. */
    public PersonHours person(long personId, int year) {
        Person person = people.get(personId);
        Optional<HourRule> rule = rules.applying(person.orgId(), year);
        Optional<HoursRow> hours = rule.flatMap(r -> queries.member(personId, person.orgId(), year, r));
        return new PersonHours(person.id(), person.name(), year, rule.orElse(null), hours.orElse(null),
                queries.sessionsOf(personId, year));
    }

    /** Sets (or changes) the requirements of a year for the county of the signed-in county officer. */
    @Transactional
    public HourRule saveRule(int year, HourRuleForm form) {
        if (year < 2000 || year > 2100) {
            throw new RuleViolationException("年度须在2000至2100之间");
        }
        long county = rules.countyOf(scope.requireActor().orgId());
        Optional<HourRule> before = rules.ofYear(county, year);
        HourRule wanted = new HourRule(null, county, year, form.memberHours(), form.committeeHours(), form.dayHours(), 0);
        if (before.isPresent()) {
            if (form.version() == null || form.version() != before.get().version()) {
                throw new StaleEditException(year + "年学时要求");
            }
            rules.updateRule(before.get().id(), wanted, before.get().version());
        } else {
            rules.insertRule(wanted);
        }
        HourRule after = rules.ofYear(county, year).orElseThrow();
        events.publishEvent(before.isPresent()
                ? Audited.updated(RULE, after.id(), year + "年学时要求", county, before.get(), after)
                : Audited.created(RULE, after.id(), year + "年学时要求", county, after));
        return after;
    }

    private OrgSummary org(long orgId) {
        return tree.find(orgId).filter(o -> scope.covers(new ObjectOwner(ScopeKind.REGISTER, o.id(), null)))
                .orElseThrow(() -> NotFoundException.of("党组织", orgId));
    }
}
