package org.jiceng.incentive.pay.grade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jiceng.assessment.campaign.CadreResults;
import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.incentive.pay.standard.PayStandard;
import org.jiceng.incentive.pay.standard.PayStandardService;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.PostQueries;
import org.jiceng.organization.VillageCadre;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual grades (考核等次) of a township's paid village cadres, which their performance pay follows (research
 * §2.13). Who may be graded follows the register: the cadres marked paid (职数内) in post at some time of the year.
 * Grade names are those of the county's pay standard for that year; a year not yet begun cannot be graded.
 */
@Service
@Transactional
public class CadreGradeService {

    static final String GRADE = "CADRE_GRADE";
    static final String MANUAL = "MANUAL";

    private final CadreGradeRepository repository;
    private final PostQueries posts;
    private final PayStandardService standards;
    private final PayOrgs orgs;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final CadreResults results;

    CadreGradeService(CadreGradeRepository repository, PostQueries posts, PayStandardService standards, PayOrgs orgs,
                 DataScope scope, ApplicationEventPublisher events, Clock clock, CadreResults results) {
        this.results = results;
        this.repository = repository;
        this.posts = posts;
        this.standards = standards;
        this.orgs = orgs;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** The township's paid cadres of the year (in the user's scope) with the grade on record. */
    @Transactional(readOnly = true)
    public List<GradeRow> sheet(long townshipOrgId, int year) {
        OrgSummary township = orgs.township(townshipOrgId);
        Map<Long, CadreGrade> grades = repository.ofTownship(township.id(), year);
        Map<Long, String> villages = new HashMap<>();
        orgs.villages(township.id()).forEach(v -> villages.put(v.id(), v.shortName()));
        Map<String, GradeRow> rows = new LinkedHashMap<>();
        var visible = orgs.coverage();
        List<VillageCadre> cadres = posts.paidCadresDuring(township.id(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        Map<Long, String> assessed = results.finalGrades(year, cadres.stream().map(VillageCadre::personId).toList());
        for (VillageCadre c : cadres) {
            if (!visible.test(c.orgId()) || !villages.containsKey(c.orgId())) {
                continue;
            }
            CadreGrade g = grades.get(c.personId());
            rows.putIfAbsent(c.orgId() + "/" + c.personId(), new GradeRow(c.orgId(), villages.get(c.orgId()),
                    c.personId(), c.personName(), c.postLabel(), g == null ? null : g.grade(),
                    g == null ? null : g.version(), assessed.get(c.personId())));
        }
        return new ArrayList<>(rows.values());
    }

    /** Records the grades given; rows with a blank grade are left as they are. All or nothing. */
    public List<GradeRow> save(long townshipOrgId, int year, GradeForm form) {
        OrgSummary township = orgs.township(townshipOrgId);
        if (year > LocalDate.now(clock).getYear()) {
            throw RuleViolationException.onField("year", year + "年度尚未开始，不能录入考核等次");
        }
        PayStandard standard = standards.require(township.id(), year);
        Map<Long, GradeRow> cadres = new HashMap<>();
        sheet(township.id(), year).forEach(r -> cadres.putIfAbsent(r.personId(), r));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            GradeForm.Row row = form.rows().get(i);
            if (row == null || row.grade() == null || row.grade().isBlank()) {
                continue;
            }
            if (row.personId() == null || !cadres.containsKey(row.personId())) {
                errors.add(new FieldError("rows[" + i + "].personId",
                        "不是本乡镇" + year + "年度在任的职数内村干部，不能录入等次"));
            } else if (standard.percentFor(row.grade().strip()).isEmpty()) {
                errors.add(new FieldError("rows[" + i + "].grade", "“" + row.grade().strip() + "”不是" + year
                        + "年度标准中的考核等次（" + String.join("、", standard.gradeNames()) + "）"));
            }
        }
        RuleViolationException.throwIfAny("考核等次未保存：请修改标出的项目", errors);
        String by = scope.requireActor().username();
        for (GradeForm.Row row : form.rows()) {
            if (row == null || row.grade() == null || row.grade().isBlank()) {
                continue;
            }
            GradeRow cadre = cadres.get(row.personId());
            String grade = row.grade().strip();
            var before = repository.find(row.personId(), year);
            if (!Objects.equals(row.version(), before.map(CadreGrade::version).orElse(null))) {
                throw new StaleEditException(cadre.personName() + year + "年度考核等次");
            }
            if (before.isPresent() && before.get().grade().equals(grade)) {
                continue;
            }
            String label = cadre.villageName() + " " + cadre.personName() + " " + year + "年度考核等次";
            if (before.isEmpty()) {
                long id = repository.insert(row.personId(), year, grade, cadre.villageId(), township.id(), MANUAL, by);
                events.publishEvent(Audited.created(GRADE, id, label, cadre.villageId(),
                        repository.find(row.personId(), year).orElseThrow()));
            } else {
                repository.update(before.get().id(), grade, MANUAL, by, before.get().version());
                events.publishEvent(Audited.updated(GRADE, before.get().id(), label, cadre.villageId(), before.get(),
                        repository.find(row.personId(), year).orElseThrow()));
            }
        }
        return sheet(township.id(), year);
    }
}
