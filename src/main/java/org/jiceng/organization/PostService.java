package org.jiceng.organization;

import static org.jiceng.shared.RuleViolationException.throwIfAny;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.Audited;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes of the posts part of the register: appointing and ending branch committee posts ({@link CommitteeRules}),
 * recording village cadres and their terms and listing reserve cadres ({@link CadreRules}) — within the user's
 * scope, from the version the user saw, each change audited. Nothing is deleted: history stays on record.
 */
@Service
@Transactional
public class PostService {

    static final String COMMITTEE_POST = "COMMITTEE_POST";
    static final String VILLAGE_CADRE = "VILLAGE_CADRE";
    static final String RESERVE_CADRE = "RESERVE_CADRE";

    private final PostRepository repository;
    private final PostQueries queries;
    private final RegisterAccess access;
    private final OrgTree tree;
    private final CodeLists codes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PostService(PostRepository repository, PostQueries queries, RegisterAccess access, OrgTree tree, CodeLists codes,
                ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.queries = queries;
        this.access = access;
        this.tree = tree;
        this.codes = codes;
        this.events = events;
    }

    /** A village-level org (党支部 or 党总支) in scope: only those have committees, village and reserve cadres. */
    @Transactional(readOnly = true)
    public OrgSummary village(long orgId) {
        OrgSummary org = access.org(orgId);
        if (!org.type().isVillageLevel()) {
            throw new RuleViolationException(org.shortName() + "是" + org.type().label()
                    + "：支部委员会、村干部和后备干部只在党支部、党总支登记");
        }
        return org;
    }

    @Transactional(readOnly = true)
    public CommitteePost committeePost(long postId) {
        CommitteePost post = queries.committeePost(postId).orElseThrow(() -> NotFoundException.of("支部委员会职务", postId));
        access.org(post.orgId());
        return post;
    }

    /** Appoints a member of the branch; a new secretary ends the sitting secretary's post the day before. */
    public Appointment appoint(long orgId, AppointmentForm form) {
        village(orgId);
        Person person = access.person(form.personId());
        List<CommitteePost> current = queries.committee(orgId).stream().filter(CommitteePost::current).toList();
        LocalDate today = LocalDate.now(clock);
        throwIfAny("请修改标出的项目后再保存", CommitteeRules.checkAppointment(form, person, tree.contains(orgId, person.orgId()),
                codes.isValid(CodeLists.COMMITTEE_POST, form.post()), current, today));
        CommitteePost ended = CommitteeRules.sittingSecretary(form, current).map(sitting -> {
            repository.endCommitteePost(sitting.id(), CommitteeRules.predecessorEnds(form.startedOn()), sitting.version());
            CommitteePost after = queries.committeePost(sitting.id()).orElseThrow();
            events.publishEvent(new Audited("END", COMMITTEE_POST, after.id(), after.label(), orgId, sitting, after));
            return after;
        }).orElse(null);
        long id = repository.insertCommitteePost(orgId, person.id(), form.post(), form.startedOn());
        CommitteePost appointed = queries.committeePost(id).orElseThrow();
        events.publishEvent(Audited.created(COMMITTEE_POST, id, appointed.label(), orgId, appointed));
        return new Appointment(appointed, ended);
    }

    /** Ends a current committee post; the post stays in the branch's history. */
    public CommitteePost endPost(long postId, EndForm form) {
        CommitteePost before = committeePost(postId);
        requireVersion(form.version(), before.version(), "该职务");
        throwIfAny("请修改标出的项目后再保存", CommitteeRules.checkEnd(before, form.endedOn(), LocalDate.now(clock)));
        repository.endCommitteePost(postId, form.endedOn(), before.version());
        CommitteePost after = queries.committeePost(postId).orElseThrow();
        events.publishEvent(new Audited("END", COMMITTEE_POST, postId, after.label(), after.orgId(), before, after));
        return after;
    }

    @Transactional(readOnly = true)
    public VillageCadre cadre(long cadreId) {
        VillageCadre cadre = queries.cadre(cadreId).orElseThrow(() -> NotFoundException.of("村干部", cadreId));
        access.org(cadre.orgId());
        return cadre;
    }

    public VillageCadre addCadre(long orgId, CadreForm form) {
        village(orgId);
        checkCadre(orgId, form, null);
        long id = repository.insertCadre(orgId, form);
        VillageCadre created = queries.cadre(id).orElseThrow();
        events.publishEvent(Audited.created(VILLAGE_CADRE, id, created.label(), orgId, created));
        return created;
    }

    /** Saves an edit of post, term, 一肩挑 and 职数内; the person is fixed (a new person is a new record). */
    public VillageCadre updateCadre(long cadreId, CadreForm form) {
        VillageCadre before = cadre(cadreId);
        requireVersion(form.version(), before.version(), "该村干部信息");
        if (!Objects.equals(form.personId(), before.personId())) {
            throw RuleViolationException.onField("personId", "村干部登记后不能更换人员；换人请结束原任期后新增");
        }
        checkCadre(before.orgId(), form, cadreId);
        repository.updateCadre(cadreId, form, before.version());
        VillageCadre after = queries.cadre(cadreId).orElseThrow();
        events.publishEvent(Audited.updated(VILLAGE_CADRE, cadreId, after.label(), after.orgId(), before, after));
        return after;
    }

    /** Ends a current term on a date; the record stays as history. */
    public VillageCadre endCadre(long cadreId, EndForm form) {
        VillageCadre before = cadre(cadreId);
        requireVersion(form.version(), before.version(), "该村干部信息");
        throwIfAny("请修改标出的项目后再保存", CadreRules.checkEnd(before, form.endedOn(), LocalDate.now(clock)));
        repository.endCadre(cadreId, form.endedOn(), before.version());
        VillageCadre after = queries.cadre(cadreId).orElseThrow();
        events.publishEvent(new Audited("END", VILLAGE_CADRE, cadreId, after.label(), after.orgId(), before, after));
        return after;
    }

    @Transactional(readOnly = true)
    public ReserveCadre reserve(long reserveId) {
        ReserveCadre reserve = queries.reserve(reserveId).orElseThrow(() -> NotFoundException.of("后备干部", reserveId));
        access.org(reserve.orgId());
        return reserve;
    }

    public ReserveCadre addReserve(long orgId, ReserveForm raw) {
        village(orgId);
        ReserveForm form = raw.normalized();
        checkReserve(orgId, form, null);
        long id = repository.insertReserve(orgId, form);
        ReserveCadre created = queries.reserve(id).orElseThrow();
        events.publishEvent(Audited.created(RESERVE_CADRE, id, created.personName(), orgId, created));
        return created;
    }

    public ReserveCadre updateReserve(long reserveId, ReserveForm raw) {
        ReserveCadre before = reserve(reserveId);
        ReserveForm form = raw.normalized();
        requireVersion(form.version(), before.version(), "该后备干部信息");
        if (!Objects.equals(form.personId(), before.personId())) {
            throw RuleViolationException.onField("personId", "后备干部登记后不能更换人员");
        }
        checkReserve(before.orgId(), form, reserveId);
        repository.updateReserve(reserveId, form, before.version());
        ReserveCadre after = queries.reserve(reserveId).orElseThrow();
        events.publishEvent(Audited.updated(RESERVE_CADRE, reserveId, after.personName(), after.orgId(), before, after));
        return after;
    }

    /** Takes a person off the active reserve list; the entry stays on record. */
    public ReserveCadre deactivateReserve(long reserveId, Long version) {
        ReserveCadre before = reserve(reserveId);
        requireVersion(version, before.version(), "该后备干部信息");
        if (!before.active()) {
            throw new RuleViolationException(before.personName() + "已不在后备干部名单中");
        }
        repository.deactivateReserve(reserveId, before.version());
        ReserveCadre after = queries.reserve(reserveId).orElseThrow();
        events.publishEvent(new Audited("DEACTIVATE", RESERVE_CADRE, reserveId, after.personName(), after.orgId(),
                before, after));
        return after;
    }

    private void checkCadre(long orgId, CadreForm form, Long cadreId) {
        Person person = access.person(form.personId());
        LocalDate today = LocalDate.now(clock);
        boolean current = CadreRules.isCurrent(form.termEnd(), today);
        throwIfAny("请修改标出的项目后再保存", CadreRules.check(form, person, tree.contains(orgId, person.orgId()),
                codes.isValid(CodeLists.VILLAGE_CADRE_POST, form.post()),
                current && repository.holdsCadrePost(orgId, person.id(), form.post(), cadreId, today), today));
    }

    private void checkReserve(long orgId, ReserveForm form, Long reserveId) {
        Person person = access.person(form.personId());
        throwIfAny("请修改标出的项目后再保存", CadreRules.checkReserve(form, person, tree.contains(orgId, person.orgId()),
                repository.activeReserve(orgId, person.id(), reserveId), LocalDate.now(clock)));
    }

    private static void requireVersion(Long seen, long now, String what) {
        if (seen == null || seen != now) {
            throw new StaleEditException(what);
        }
    }

}
