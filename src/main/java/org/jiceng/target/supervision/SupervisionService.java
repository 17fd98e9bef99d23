package org.jiceng.target.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.UploadTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督查督办 as a service: registers items of the signed-in officer's org, loads an item, lets its aggregate
 * ({@link SupervisionItem}) take the step, saves it with the step in the history, and publishes {@link Audited} — all in
 * one transaction, so a refused step writes nothing.
 */
@Service
@Transactional
public class SupervisionService {

    static final String TYPE = "SUPERVISION_ITEM";

    private final SupervisionRepository repository;
    private final OrgTree tree;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionService(SupervisionRepository repository, OrgTree tree, DataScope scope,
                       ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.tree = tree;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers (立项) an item of the officer's org: lead and co-units are orgs below it (404-free: refused on the
     * field), the deadline not before the registration date, the number once per org and year.
     */
    public SupervisionItem register(SupervisionForm form) {
        Actor actor = scope.requireActor();
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        OrgSummary own = tree.find(actor.orgId()).orElseThrow();
        if (own.type() != OrgType.COUNTY && own.type() != OrgType.TOWNSHIP) {
            throw new RuleViolationException("督查督办由县委组织部或乡镇党委立项");
        }
        SupervisionItem.checkDates(form.registeredOn(), form.deadline(), today, errors);
        Optional<OrgSummary> lead = below(actor.orgId(), form.leadOrgId());
        if (lead.isEmpty()) {
            errors.add(new FieldError("leadOrgId", "承办单位须是" + own.shortName() + "的下级组织"));
        }
        List<SupervisionItem.CoUnit> coUnits = new ArrayList<>();
        for (Long co : form.coUnits()) {
            Optional<OrgSummary> unit = below(actor.orgId(), co);
            if (unit.isEmpty() || co.equals(form.leadOrgId())) {
                errors.add(new FieldError("coUnitIds", "协办单位须是" + own.shortName() + "的下级组织，且不同于承办单位"));
                break;
            }
            coUnits.add(new SupervisionItem.CoUnit(co, tree.label(co)));
        }
        int year = form.registeredOn() == null ? today.getYear() : form.registeredOn().getYear();
        String number = SupervisionNumbers.normalise(form.number());
        Integer serial;
        if (number == null) {
            serial = repository.lastSerial(actor.orgId(), year) + 1;
            while (repository.numberTaken(actor.orgId(), year, SupervisionNumbers.generated(year, serial))) {
                serial++;
            }
            number = SupervisionNumbers.generated(year, serial);
        } else {
            serial = SupervisionNumbers.serialOf(number, year);
            if (repository.numberTaken(actor.orgId(), year, number)) {
                errors.add(new FieldError("number", "编号" + number + "已被本单位" + year + "年的督办事项使用"));
            }
        }
        RuleViolationException.throwIfAny("督办事项未保存", errors);
        Long township = tree.path(form.leadOrgId()).stream().filter(o -> o.type() == OrgType.TOWNSHIP)
                .map(OrgSummary::id).findFirst().orElse(null);
        long id = repository.insert(form, new SupervisionRepository.NewItem(own.id(), own.name(), year, number, serial,
                tree.label(form.leadOrgId()), township, coUnits), actor.username());
        repository.event(id, "REGISTER", form.registeredOn(), null, null, actor.username(), actor.orgId());
        SupervisionItem created = repository.find(id).orElseThrow();
        events.publishEvent(Audited.created(TYPE, id, created.label(), created.leadOrgId(), created));
        return created;
    }

    /** An item the user may see (404 otherwise). */
    @Transactional(readOnly = true)
    public SupervisionItem item(long id) {
        return repository.find(id).filter(i -> covers(i.leadOrgId()))
                .orElseThrow(() -> NotFoundException.of("督办事项", id));
    }

    /** Items of a year whose lead lies under the org (in scope), newest first. */
    @Transactional(readOnly = true)
    public List<SupervisionItem> items(long orgId, int year) {
        tree.find(orgId).filter(o -> covers(o.id())).orElseThrow(() -> NotFoundException.of("党组织", orgId));
        return repository.list(ScopedSql.of(scope.scope(ScopeKind.REGISTER), "s.lead_org_id", null), orgId, year);
    }

    /** The board of the org's items of a year: counts per state and per township, overdue items per township. */
    @Transactional(readOnly = true)
    public SupervisionBoard board(long orgId, int year) {
        return SupervisionBoard.of(year, items(orgId, year), LocalDate.now(clock),
                township -> tree.find(township).map(OrgSummary::shortName).orElse(""));
    }

    @Transactional(readOnly = true)
    public List<SupervisionEvent> history(long id) {
        item(id);
        return repository.events(id);
    }

    @Transactional(readOnly = true)
    public List<SupervisionReport> reports(long id) {
        item(id);
        return repository.reports(id);
    }

    /** The evidence file of one report of the item (404 when the report is not the item's or has no file). */
    @Transactional(readOnly = true)
    public Evidence evidence(long id, long reportId) {
        item(id);
        SupervisionReport report = repository.reports(id).stream().filter(r -> r.id() == reportId).findFirst()
                .orElseThrow(() -> NotFoundException.of("反馈材料", reportId));
        byte[] content = repository.reportContent(id, reportId).orElseThrow(() -> NotFoundException.of("反馈材料", reportId));
        return new Evidence(report.fileName(), report.contentType(), content);
    }

    /** An evidence file as downloaded. */
    public record Evidence(String fileName, String contentType, byte[] content) {
    }

    /** How the signed-in user stands to the item: registering org, lead unit (or acting for it), or reader. */
    @Transactional(readOnly = true)
    public Party partyOf(SupervisionItem item) {
        long org = scope.requireActor().orgId();
        if (org == item.orgId()) {
            return Party.REGISTRAR;
        }
        if (org == item.leadOrgId() || (tree.contains(org, item.leadOrgId()) && !tree.contains(org, item.orgId()))) {
            return Party.LEAD;
        }
        return Party.READER;
    }

    /** Takes one step (交办, 催办, 办结, 退回, 撤销, 延期申请 and its decision) on the item as of the version seen. */
    public SupervisionItem act(long id, SupervisionAction action, SupervisionActionForm form) {
        SupervisionItem before = item(id);
        Party party = partyOf(before);
        LocalDate today = LocalDate.now(clock);
        String note = form.note();
        SupervisionItem after = switch (action) {
            case ASSIGN -> before.assign(party);
            case REMIND -> {
                before.remind(party, note);
                yield before;
            }
            case ACCEPT -> before.accept(party, today);
            case RETURN -> before.returnToLead(party, note);
            case STRIKE -> before.strike(party, note);
            case REQUEST_EXTENSION -> before.requestExtension(party, form.extendTo(), note, today);
            case GRANT_EXTENSION -> before.grantExtension(party);
            case REFUSE_EXTENSION -> before.refuseExtension(party, note);
        };
        requireVersion(before, form.version());
        repository.save(after, before.version());
        Actor actor = scope.requireActor();
        repository.event(id, action.name(), today, note,
                action == SupervisionAction.REQUEST_EXTENSION || action == SupervisionAction.GRANT_EXTENSION
                        ? before.extensionPending() ? before.extensionUntil() : form.extendTo() : null,
                actor.username(), actor.orgId());
        SupervisionItem saved = repository.find(id).orElseThrow();
        events.publishEvent(new Audited(action.name(), TYPE, id, saved.label() + "：" + action.label(),
                saved.leadOrgId(), before, saved));
        return saved;
    }

    /**
     * 反馈: the lead unit reports what was done, with an evidence file (photo, PDF, Word or Excel, at most 10 MB,
     * recognised by its content); the item then waits for the registering org's review.
     */
    public SupervisionItem report(long id, ReportForm form, String fileName, byte[] content) {
        SupervisionItem before = item(id);
        LocalDate today = LocalDate.now(clock);
        SupervisionItem after = before.report(partyOf(before), form.text(), today);
        String type = null;
        if (fileName != null && content != null && content.length > 0) {
            type = UploadTypes.check(fileName, content);
            if (type == null) {
                throw RuleViolationException.onField("file", FILE_RULE);
            }
        }
        requireVersion(before, form.version());
        repository.save(after, before.version());
        Actor actor = scope.requireActor();
        repository.insertReport(id, today, form.text(), type == null ? null : UploadTypes.safeName(fileName), type,
                type == null ? null : content, actor.username());
        repository.event(id, "REPORT", today, null, null, actor.username(), actor.orgId());
        SupervisionItem saved = repository.find(id).orElseThrow();
        events.publishEvent(new Audited("REPORT", TYPE, id, saved.label() + "：反馈", saved.leadOrgId(), before, saved));
        return saved;
    }

    static final String FILE_RULE = "佐证材料须是照片（JPG、PNG）、PDF、Word 或 Excel 文件，不超过"
            + UploadTypes.MAX_BYTES / 1024 / 1024 + "MB，且内容与扩展名相符";

    /** An org strictly below {@code registrar}, visible to the user. */
    private Optional<OrgSummary> below(long registrar, Long orgId) {
        if (orgId == null || orgId == registrar || !tree.contains(registrar, orgId)) {
            return Optional.empty();
        }
        return tree.find(orgId).filter(o -> covers(o.id()) && o.type() != OrgType.PARTY_GROUP);
    }

    private static void requireVersion(SupervisionItem item, Long version) {
        if (version == null || version != item.version()) {
            throw new StaleEditException("该督办事项");
        }
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
