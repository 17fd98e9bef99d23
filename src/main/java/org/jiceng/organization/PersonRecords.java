package org.jiceng.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public API of a person's record for other modules: flags (诫勉谈话, 一票否决 …) recorded for a period and
 * honours awarded. Other modules call this class, never the tables. Every write is audited.
 */
@Service
@Transactional
public class PersonRecords {

    static final String FLAG = "PERSON_FLAG";
    static final String HONOUR = "PERSON_HONOUR";

    private static final RowMapper<PersonFlag> FLAGS = (rs, i) -> new PersonFlag(rs.getLong("id"),
            rs.getLong("person_id"), PersonFlagKind.valueOf(rs.getString("kind")),
            rs.getObject("from_date", LocalDate.class), rs.getObject("until_date", LocalDate.class),
            rs.getString("note"), rs.getString("recorded_by"), rs.getObject("recorded_at", LocalDateTime.class),
            rs.getLong("version"));

    private static final RowMapper<PersonHonour> HONOURS = (rs, i) -> new PersonHonour(rs.getLong("id"),
            rs.getLong("person_id"), rs.getString("title"), rs.getInt("honour_year"), rs.getLong("awarded_by_org_id"),
            rs.getString("org_name"), (Long) rs.getObject("source_call_id", Long.class), rs.getString("awarded_by"),
            rs.getObject("awarded_at", LocalDateTime.class));

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RegisterFigures figures;

    PersonRecords(JdbcClient jdbc, DataScope scope, ApplicationEventPublisher events, Clock clock,
                  RegisterFigures figures) {
        this.clock = clock;
        this.figures = figures;
        this.jdbc = jdbc;
        this.scope = scope;
        this.events = events;
    }

    /** A person the user may see (404 otherwise). */
    @Transactional(readOnly = true)
    public PersonBrief person(long personId) {
        return jdbc.sql("SELECT id, name, org_id, political_status FROM people WHERE id = ?").param(personId)
                .query((rs, i) -> new PersonBrief(rs.getLong("id"), rs.getString("name"), rs.getLong("org_id"),
                        PoliticalStatus.valueOf(rs.getString("political_status"))))
                .optional()
                .filter(p -> scope.covers(new ObjectOwner(ScopeKind.REGISTER, p.orgId(), p.id())))
                .orElseThrow(() -> NotFoundException.of("人员", personId));
    }

    /** The party members registered at or under the signed-in user's org, by org and name (for a nomination form). */
    @Transactional(readOnly = true)
    public List<PersonBrief> membersInScope(int limit) {
        long org = scope.requireActor().orgId();
        return jdbc.sql("""
                SELECT p.id, p.name, p.org_id, p.political_status FROM people p
                JOIN org_tree t ON t.descendant_id = p.org_id AND t.ancestor_id = ?
                JOIN orgs o ON o.id = p.org_id
                WHERE p.political_status <> 'NONE' ORDER BY o.sort_order, o.id, p.name, p.id""")
                .param(org).query((rs, i) -> new PersonBrief(rs.getLong("id"), rs.getString("name"),
                        rs.getLong("org_id"), PoliticalStatus.valueOf(rs.getString("political_status"))))
                .list().stream().limit(limit).toList();
    }

    @Transactional(readOnly = true)
    public List<PersonFlag> flags(long personId) {
        person(personId);
        return jdbc.sql("SELECT * FROM person_flags WHERE person_id = ? ORDER BY from_date DESC, id DESC")
                .param(personId).query(FLAGS).list();
    }

    /** The first flag of one of {@code kinds} in force during {@code year}, if any (no scope check: a rule lookup). */
    @Transactional(readOnly = true)
    public Optional<PersonFlag> flagDuring(long personId, Collection<PersonFlagKind> kinds, int year) {
        return jdbc.sql("SELECT * FROM person_flags WHERE person_id = ? ORDER BY from_date, id").param(personId)
                .query(FLAGS).list().stream()
                .filter(f -> kinds.contains(f.kind()) && f.inForceDuring(year)).findFirst();
    }

    /** Records a flag; the kind and start are required, the end (if any) may not precede the start. */
    public PersonFlag recordFlag(long personId, PersonFlagKind kind, LocalDate from, LocalDate until, String note) {
        PersonBrief person = person(personId);
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "请选择标记类别"));
        }
        if (from == null) {
            errors.add(new FieldError("from", "请填写开始日期"));
        } else if (until != null && until.isBefore(from)) {
            errors.add(new FieldError("until", "结束日期不能早于开始日期"));
        }
        if (note != null && note.length() > 500) {
            errors.add(new FieldError("note", "说明不超过500字"));
        }
        RuleViolationException.throwIfAny(errors);
        String by = scope.actor().map(a -> a.username()).orElse("system");
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO person_flags (person_id, kind, from_date, until_date, note, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, kind.name(), from, until, blank(note) ? null : note.strip(), by, LocalDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        PersonFlag created = flag(id);
        events.publishEvent(Audited.created(FLAG, id, person.name() + "：" + kind.label(), person.orgId(), created));
        return created;
    }

    /** Ends a flag in force on {@code until}, from the version the user saw. */
    public PersonFlag endFlag(long flagId, LocalDate until, Long version) {
        PersonFlag before = flag(flagId);
        PersonBrief person = person(before.personId());
        if (version == null || version != before.version()) {
            throw new StaleEditException(person.name() + "：" + before.kindLabel());
        }
        if (until == null) {
            throw RuleViolationException.onField("until", "请填写结束日期");
        }
        if (until.isBefore(before.from())) {
            throw RuleViolationException.onField("until", "结束日期不能早于开始日期" + before.from());
        }
        jdbc.sql("UPDATE person_flags SET until_date = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(until, flagId, before.version()).update();
        PersonFlag after = flag(flagId);
        events.publishEvent(Audited.updated(FLAG, flagId, person.name() + "：" + before.kindLabel(), person.orgId(),
                before, after));
        return after;
    }

    /**
     * Removes a flag recorded by mistake (e.g. when the admonishment talk that wrote it is withdrawn), audited with
     * the flag as it was and the reason. A flag still in use stays; ending it ({@link #endFlag}) keeps its history.
     */
    public void removeFlag(long flagId, String reason) {
        PersonFlag before = flag(flagId);
        PersonBrief person = person(before.personId());
        jdbc.sql("DELETE FROM person_flags WHERE id = ?").param(flagId).update();
        events.publishEvent(new Audited("DELETE", FLAG, flagId, person.name() + "：" + before.kindLabel()
                + (blank(reason) ? "" : "（" + reason.strip() + "）"), person.orgId(), before, null));
    }

    /**
     * Sets the register's 困难党员 mark and its note (困难情况) as a hardship case in the incentive module says: one
     * truth, the mark follows the person's open cases (a case opened sets it, closing the last one clears it). The
     * person must be in the user's scope; the note is cut to the register's 200 characters. Audited as a change of
     * the person.
     */
    public void markHardship(long personId, boolean hardship, String note) {
        PersonBrief person = person(personId);
        HardshipMark before = jdbc.sql("SELECT hardship, hardship_note FROM people WHERE id = ?").param(personId)
                .query((rs, i) -> new HardshipMark(rs.getBoolean("hardship"), rs.getString("hardship_note"))).single();
        String kept = !hardship || blank(note) ? null : note.strip().substring(0, Math.min(200, note.strip().length()));
        HardshipMark after = new HardshipMark(hardship, kept);
        if (after.equals(before)) {
            return;
        }
        var counted = figures.of(personId);
        jdbc.sql("UPDATE people SET hardship = ?, hardship_note = ?, updated_at = ? WHERE id = ?")
                .params(hardship, kept, LocalDateTime.now(clock), personId).update();
        PeopleRepository.forgetRequest();
        figures.change(counted, figures.of(personId));
        events.publishEvent(Audited.updated(PeopleService.AUDIT_TYPE, personId, person.name(), person.orgId(),
                before, after));
    }

    /** The register's hardship mark of a person as it is audited. */
    public record HardshipMark(boolean hardship, String hardshipNote) {
    }

    /** A flag, if the user may see its person (404 otherwise). */
    @Transactional(readOnly = true)
    public PersonFlag flag(long flagId) {
        PersonFlag flag = jdbc.sql("SELECT * FROM person_flags WHERE id = ?").param(flagId).query(FLAGS).optional()
                .orElseThrow(() -> NotFoundException.of("人员标记", flagId));
        person(flag.personId());
        return flag;
    }

    @Transactional(readOnly = true)
    public List<PersonHonour> honours(long personId) {
        person(personId);
        return jdbc.sql("""
                SELECT h.*, o.short_name AS org_name FROM person_honours h JOIN orgs o ON o.id = h.awarded_by_org_id
                WHERE h.person_id = ? ORDER BY h.honour_year DESC, h.id DESC""").param(personId).query(HONOURS).list();
    }

    /** Adds an honour to a person's record (e.g. when a commendation call becomes final), audited. */
    public PersonHonour addHonour(long personId, String title, int year, long awardedByOrgId, Long sourceCallId) {
        PersonBrief person = person(personId);
        String by = scope.actor().map(a -> a.username()).orElse("system");
        jdbc.sql("""
                INSERT INTO person_honours (person_id, title, honour_year, awarded_by_org_id, source_call_id,
                    awarded_by, awarded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, title, year, awardedByOrgId, sourceCallId, by, LocalDateTime.now(clock)).update();
        PersonHonour created = jdbc.sql("""
                SELECT h.*, o.short_name AS org_name FROM person_honours h JOIN orgs o ON o.id = h.awarded_by_org_id
                WHERE h.person_id = ? ORDER BY h.id DESC""").param(personId).query(HONOURS).list().get(0);
        events.publishEvent(Audited.created(HONOUR, created.id(), person.name() + "：" + title, person.orgId(), created));
        return created;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
