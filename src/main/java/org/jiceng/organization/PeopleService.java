package org.jiceng.organization;

import static org.jiceng.shared.RuleViolationException.throwIfAny;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds, edits and transfers people in the register, within the user's scope, audited. */
@Service
@Transactional
public class PeopleService {

    static final String AUDIT_TYPE = "PERSON";

    /**
     * The register's 困难党员 mark is not typed by hand: it follows the person's open hardship cases (激励保障 →
     * 困难帮扶), so the mark and the cases never disagree ({@link PersonRecords#markHardship}).
     */
    static final String HARDSHIP_FOLLOWS_CASES = "困难党员标记随困难帮扶对象自动维护：请在“困难帮扶”中登记或结案";

    /** 是否流动党员 and 外出流向 follow an open outflow registration (organization.mobility). */
    static final String MIGRANT_FOLLOWS_REGISTRATIONS = "该党员有未结束的外出登记：流动情况请在“流动登记”中登记返回或修改";

    private final PeopleRepository people;
    private final RegisterAccess access;
    private final CodeLists codes;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleService(PeopleRepository people, RegisterAccess access, CodeLists codes, DataScope scope,
                  ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.access = access;
        this.codes = codes;
        this.scope = scope;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Person get(long personId) {
        return access.person(personId);
    }

    /**
     * After a write of a person's row outside this service (the mobility register's 流动 mark): the people this request
     * has read are read again.
     */
    public static void forgetRequestReads() {
        PeopleRepository.forgetRequest();
    }

    @Transactional(readOnly = true)
    public List<Transfer> transfers(long personId) {
        access.person(personId);
        return people.transfers(personId);
    }

    public Person create(MemberForm raw) {
        MemberForm form = raw.normalized();
        List<FieldError> errors = validate(form, null);
        if (form.isHardship()) {
            errors.add(new FieldError("hardship", HARDSHIP_FOLLOWS_CASES));
        }
        throwIfAny("请修改标出的项目后再保存", errors);
        long id = people.insert(form, LocalDateTime.now(clock));
        Person created = people.find(id).orElseThrow();
        events.publishEvent(Audited.created(AUDIT_TYPE, id, created.name(), created.orgId(), created));
        return created;
    }

    /** Saves an edit; the branch is changed by a transfer, never by an edit, so its history is kept. */
    public Person update(long personId, MemberForm raw) {
        Person before = access.person(personId);
        MemberForm form = raw.normalized();
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("该人员信息");
        }
        if (form.orgId() != null && form.orgId() != before.orgId()) {
            throw RuleViolationException.onField("orgId", "变更所在党支部请使用“组织关系转接”");
        }
        List<FieldError> errors = validate(form, personId);
        if (raw.hardship() != null && raw.hardship() != before.hardship()) {
            errors.add(new FieldError("hardship", HARDSHIP_FOLLOWS_CASES));
        }
        if (people.hasOpenOutflow(personId) && (!form.isMigrant()
                || !java.util.Objects.equals(form.migrantDestination(), before.migrantDestination()))) {
            errors.add(new FieldError("migrantDestination", MIGRANT_FOLLOWS_REGISTRATIONS));
        }
        throwIfAny("请修改标出的项目后再保存", errors);
        people.update(personId, form.withHardship(before.hardship(), before.hardshipNote()), before.version(),
                LocalDateTime.now(clock));
        Person after = people.find(personId).orElseThrow();
        events.publishEvent(Audited.updated(AUDIT_TYPE, personId, after.name(), after.orgId(), before, after));
        return after;
    }

    /** Moves a member to another branch in scope and keeps the transfer in the member's history. */
    public Person transfer(long personId, TransferForm form) {
        Person before = access.person(personId);
        if (form.version() != null && form.version() != before.version()) {
            throw new StaleEditException("该人员信息");
        }
        OrgSummary target = access.org(form.toOrgId());
        if (!target.type().holdsMembers()) {
            throw RuleViolationException.onField("toOrgId", "只能转入党支部或党总支");
        }
        if (target.id() == before.orgId()) {
            throw RuleViolationException.onField("toOrgId", "转入党支部与现所在党支部相同");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        people.moveToOrg(personId, target.id(), before.version(), now);
        people.insertTransfer(personId, before.orgId(), target.id(), form.transferredOn(), form.reason().trim(),
                scope.requireActor().username(), now);
        Person after = people.find(personId).orElseThrow();
        events.publishEvent(new Audited("TRANSFER", AUDIT_TYPE, personId, after.name(), target.id(), before, after));
        return after;
    }

    /** All rule checks for a record, as field errors: scope and kind of the branch, party group, rules, uniqueness. */
    List<FieldError> validate(MemberForm form, Long personId) {
        List<FieldError> errors = new ArrayList<>();
        if (form.orgId() != null) {
            OrgSummary org = access.org(form.orgId());
            if (!org.type().holdsMembers()) {
                errors.add(new FieldError("orgId", "人员应登记在党支部或党总支"));
            }
            if (form.partyGroupId() != null) {
                OrgSummary group = access.org(form.partyGroupId());
                if (group.type() != OrgType.PARTY_GROUP || !java.util.Objects.equals(group.parentId(), org.id())) {
                    errors.add(new FieldError("partyGroupId", "党小组应属于所在党支部"));
                }
            }
        }
        errors.addAll(MemberRules.check(form, codes::isValid, LocalDate.now(clock)));
        if (form.idNumber() != null) {
            people.findIdByIdNumber(form.idNumber()).filter(id -> !id.equals(personId)).ifPresent(id ->
                    errors.add(new FieldError("idNumber", "该身份证号已登记在册，不能重复登记")));
        }
        return errors;
    }

}
