package org.jiceng.organization.mobility;

import static org.jiceng.shared.RuleViolationException.throwIfAny;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.organization.PeopleService;
import org.jiceng.organization.Person;
import org.jiceng.organization.RegisterFigures;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers members going out and coming in, and their return, within the user's scope, audited. An open outflow
 * is what the register's 是否流动党员 and 外出流向 say (items 16 of the national form): they are written here, in the
 * same transaction, and the person's edit form cannot contradict them.
 */
@Service
@Transactional
public class MobilityService {

    static final String AUDIT_TYPE = "MOBILITY";
    private static final String SELECT = """
            SELECT m.id, m.person_id, p.name AS person_name, p.org_id, o.short_name AS org_name, m.direction, m.place,
                   m.other_org, m.left_on, m.reason, m.contact, m.returned_on, m.return_note, m.recorded_by,
                   m.recorded_at, m.version
            FROM member_mobility m JOIN people p ON p.id = m.person_id JOIN orgs o ON o.id = p.org_id""";

    private final JdbcClient jdbc;
    private final PeopleService people;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RegisterFigures figures;

    MobilityService(JdbcClient jdbc, PeopleService people, DataScope scope, ApplicationEventPublisher events,
                    Clock clock, RegisterFigures figures) {
        this.figures = figures;
        this.jdbc = jdbc;
        this.people = people;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Mobility> history(long personId) {
        people.get(personId);
        return jdbc.sql(SELECT + " WHERE m.person_id = ? ORDER BY m.left_on DESC, m.id DESC").param(personId)
                .query(Mobility.class).list();
    }

    @Transactional(readOnly = true)
    public Mobility get(long mobilityId) {
        Mobility mobility = find(mobilityId).orElseThrow(() -> NotFoundException.of("流动登记", mobilityId));
        people.get(mobility.personId());
        return mobility;
    }

    /** The registrations under an org (a township, a branch), open ones only unless {@code all}. */
    @Transactional(readOnly = true)
    public List<Mobility> under(long orgId, boolean all) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        Map<String, Object> params = new HashMap<>(scoped.params());
        params.put("org", orgId);
        return jdbc.sql(SELECT + " WHERE " + ScopedSql.underOrg("p.org_id", "org") + " AND " + scoped.predicate()
                        + (all ? "" : " AND m.returned_on IS NULL") + " ORDER BY o.sort_order, p.name, m.left_on DESC")
                .params(params).query(Mobility.class).list();
    }

    public Mobility register(long personId, MobilityForm raw) {
        Person person = people.get(personId);
        MobilityForm form = raw.normalized();
        LocalDate today = LocalDate.now(clock);
        throwIfAny("请修改标出的项目后再保存", MobilityRules.check(form, person.joinedOn(),
                person.politicalStatus().isMember(), openOf(personId) > 0, today));
        LocalDateTime now = LocalDateTime.now(clock);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO member_mobility (person_id, org_id, direction, place, other_org, left_on, reason, contact,
                                             recorded_by, recorded_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(personId, person.orgId(), form.direction(), form.place(), form.otherOrg(), form.leftOn(),
                        form.reason(), form.contact(), scope.requireActor().username(), now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        if (MobilityForm.OUT.equals(form.direction())) {
            markMigrant(personId, true, form.place(), now);
        }
        Mobility created = find(id).orElseThrow();
        events.publishEvent(Audited.created(AUDIT_TYPE, id, person.name(), person.orgId(), created));
        return created;
    }

    /** Closes a registration: the member is back (an outflow's mark on the register is cleared). */
    public Mobility returned(long mobilityId, ReturnForm form) {
        Mobility before = get(mobilityId);
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("该流动登记");
        }
        throwIfAny("请修改标出的项目后再保存", MobilityRules.checkReturn(before, form, LocalDate.now(clock)));
        int rows = jdbc.sql("""
                UPDATE member_mobility SET returned_on = ?, return_note = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(form.returnedOn(), Text.clean(form.note()),
                        mobilityId, before.version()).update();
        if (rows == 0) {
            throw new StaleEditException("该流动登记");
        }
        if (MobilityForm.OUT.equals(before.direction())) {
            markMigrant(before.personId(), false, null, LocalDateTime.now(clock));
        }
        Mobility after = find(mobilityId).orElseThrow();
        events.publishEvent(new Audited("RETURN", AUDIT_TYPE, mobilityId, after.personName(), after.orgId(), before,
                after));
        return after;
    }

    private void markMigrant(long personId, boolean migrant, String destination, LocalDateTime now) {
        var counted = figures.of(personId);
        jdbc.sql("""
                UPDATE people SET migrant = ?, migrant_destination = ?, version = version + 1, updated_at = ?
                WHERE id = ?""").params(migrant, destination, now, personId).update();
        PeopleService.forgetRequestReads();
        figures.change(counted, figures.of(personId));
    }

    private long openOf(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM member_mobility WHERE person_id = ? AND returned_on IS NULL")
                .param(personId).query(Long.class).single();
    }

    private Optional<Mobility> find(long id) {
        return jdbc.sql(SELECT + " WHERE m.id = ?").param(id).query(Mobility.class).optional();
    }
}
