package org.jiceng.target.demonstration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.CodeLists;
import org.jiceng.documents.BasisDocuments;
import org.jiceng.documents.BasisSubject;
import org.jiceng.documents.DocumentRef;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.ScopeKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 示范村: a township or county officer names a village below their org a demonstration village of a kind for a year
 * — once per village, kind and year, named on a day not after today in that year or the one before — optionally
 * citing the document it rests on (in the same transaction). Audited.
 */
@Service
@Transactional
public class DemonstrationService {

    static final String DESIGNATION = "DEMONSTRATION_VILLAGE";

    private final DemonstrationRepository repository;
    private final BasisDocuments basis;
    private final OrgTree tree;
    private final CodeLists codes;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemonstrationService(DemonstrationRepository repository, BasisDocuments basis, OrgTree tree, CodeLists codes,
                         DataScope scope, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.basis = basis;
        this.tree = tree;
        this.codes = codes;
        this.scope = scope;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Designation designate(DesignationForm form) {
        Actor actor = scope.requireActor();
        OrgSummary village = org(form.villageId());
        List<FieldError> errors = new ArrayList<>();
        if (!village.type().isVillageLevel()) {
            errors.add(new FieldError("villageId", "示范村须是村党组织"));
        } else if (actor.orgId() == village.id() || !tree.contains(actor.orgId(), village.id())) {
            errors.add(new FieldError("villageId", "示范村由其上级乡镇或县确定"));
        }
        if (!codes.isValid(DemonstrationRepository.KINDS, form.kind())) {
            errors.add(new FieldError("kind", "请选择类别"));
        } else if (repository.exists(village.id(), form.year(), form.kind())) {
            errors.add(new FieldError("kind", village.shortName() + form.year() + "年已是"
                    + codes.label(DemonstrationRepository.KINDS, form.kind())));
        }
        LocalDate today = LocalDate.now(clock);
        if (form.namedOn().isAfter(today)) {
            errors.add(new FieldError("namedOn", "确定日期不能晚于今天（" + today + "）"));
        } else if (form.namedOn().getYear() != form.year() && form.namedOn().getYear() != form.year() - 1) {
            errors.add(new FieldError("namedOn", "确定日期须在" + (form.year() - 1) + "年或" + form.year() + "年内"));
        }
        RuleViolationException.throwIfAny("示范村未保存", errors);
        long id = repository.insert(form, actor.orgId(), actor.username());
        Designation created = repository.find(id).orElseThrow();
        events.publishEvent(Audited.created(DESIGNATION, id, created.label(), created.villageId(), created));
        if (form.documentId() != null) {
            basis.cite(form.documentId(), subject(created), null);
        }
        return created;
    }

    @Transactional(readOnly = true)
    public Designation designation(long designationId) {
        return repository.find(designationId).filter(d -> covers(d.villageId()))
                .orElseThrow(() -> NotFoundException.of("示范村", designationId));
    }

    @Transactional(readOnly = true)
    public List<DocumentRef> basisOf(long designationId) {
        return basis.citing(DESIGNATION, String.valueOf(designation(designationId).id()));
    }

    /** Designations of the villages under an org (in scope, 404 otherwise) in a year. */
    @Transactional(readOnly = true)
    public List<Designation> designations(long orgId, int year) {
        tree.find(orgId).filter(o -> covers(o.id())).orElseThrow(() -> NotFoundException.of("党组织", orgId));
        return repository.under(ScopedSql.of(scope.scope(ScopeKind.REGISTER), "d.village_id", null), orgId, year);
    }

    /** The kinds each of these villages is a demonstration village of in a year (for lists that show or filter them). */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> kindsOf(Collection<Long> villageIds, int year) {
        Map<Long, List<String>> kinds = new HashMap<>();
        if (villageIds.isEmpty()) {
            return kinds;
        }
        Map<String, String> labels = codes.labels(DemonstrationRepository.KINDS);
        jdbc.sql("SELECT village_id, kind FROM demonstration_villages WHERE demo_year = :year"
                        + " AND village_id IN (:ids) ORDER BY kind")
                .param("year", year).param("ids", villageIds)
                .query(rs -> {
                    kinds.computeIfAbsent(rs.getLong("village_id"), k -> new ArrayList<>())
                            .add(labels.getOrDefault(rs.getString("kind"), rs.getString("kind")));
                });
        return kinds;
    }

    static BasisSubject subject(Designation d) {
        return new BasisSubject(DESIGNATION, String.valueOf(d.id()), d.villageId(), d.label());
    }

    private OrgSummary org(long orgId) {
        return tree.find(orgId).filter(o -> covers(o.id())).orElseThrow(() -> NotFoundException.of("党组织", orgId));
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
