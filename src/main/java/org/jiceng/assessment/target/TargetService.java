package org.jiceng.assessment.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.campaign.Campaign;
import org.jiceng.assessment.campaign.CampaignEntry;
import org.jiceng.assessment.campaign.CampaignRepository;
import org.jiceng.assessment.campaign.CampaignsByFamily;
import org.jiceng.organization.CountyFigureCache;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.ScopedSql;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Township targets (争创目标) and their live progress against the county's campaign of the same scheme family and
 * year: each village's current grade counts (final or not; {@link TargetProgress#settled()} says which).
 */
@Service
@Transactional
public class TargetService {

    static final String TARGET = "TOWNSHIP_TARGET";

    private final TargetRepository repository;
    private final CampaignRepository campaigns;
    private final CampaignsByFamily byFamily;
    private final OrgTree tree;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final CountyFigureCache cache;

    TargetService(TargetRepository repository, CampaignRepository campaigns, CampaignsByFamily byFamily, OrgTree tree,
                  DataScope scope, ApplicationEventPublisher events, CountyFigureCache cache) {
        this.cache = cache;
        this.repository = repository;
        this.campaigns = campaigns;
        this.byFamily = byFamily;
        this.tree = tree;
        this.scope = scope;
        this.events = events;
    }

    /**
     * Targets of the townships under {@code orgId} (in scope) for a year, each with its progress. A year's progress
     * under an org in scope is the same for every officer who may see it, so it is kept until something in its county
     * is written ({@link CountyFigureCache}): judging a target reads its campaign, bands and entries.
     */
    @Transactional(readOnly = true)
    public List<TargetProgress> progress(long orgId, Integer year) {
        if (year != null && covers(orgId)) {
            return cache.get("targets", orgId, year, () -> judged(orgId, year));
        }
        return judged(orgId, year);
    }

    private List<TargetProgress> judged(long orgId, Integer year) {
        return repository.list(ScopedSql.of(scope.scope(ScopeKind.REGISTER), "t.org_id", null), orgId, year).stream()
                .map(this::judge).toList();
    }

    @Transactional(readOnly = true)
    public Target target(long targetId) {
        return repository.find(targetId).filter(t -> covers(t.orgId()))
                .orElseThrow(() -> NotFoundException.of("目标", targetId));
    }

    @Transactional(readOnly = true)
    public Map<String, String> families(long orgId) {
        return byFamily.families(orgId);
    }

    @Transactional(readOnly = true)
    public Map<Long, String> villages(long townshipId) {
        return repository.villages(townshipId);
    }

    public Target create(TargetForm form) {
        OrgSummary township = township(form.orgId());
        String label = check(form, township);
        long id = repository.insert(form, label, scope.requireActor().username());
        Target created = repository.find(id).orElseThrow();
        events.publishEvent(Audited.created(TARGET, id, township.shortName() + "：" + label, township.id(), created));
        return created;
    }

    public Target update(long targetId, TargetForm form) {
        Target before = target(targetId);
        OrgSummary township = township(before.orgId());
        TargetForm same = new TargetForm(before.orgId(), before.year(), form.kind(), form.family(), form.grade(),
                form.value(), form.label(), form.named(), form.version());
        String label = check(same, township);
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("该目标");
        }
        repository.update(targetId, same, label, before.version());
        Target after = repository.find(targetId).orElseThrow();
        events.publishEvent(Audited.updated(TARGET, targetId, township.shortName() + "：" + label, township.id(), before, after));
        return after;
    }

    public void delete(long targetId, Long version) {
        Target before = target(targetId);
        if (version == null || version != before.version()) {
            throw new StaleEditException("该目标");
        }
        repository.delete(targetId, before.version());
        events.publishEvent(new Audited("DELETE", TARGET, targetId, before.orgName() + "：" + before.label(),
                before.orgId(), before, null));
    }

    private OrgSummary township(Long orgId) {
        OrgSummary org = orgId == null ? null : tree.find(orgId).filter(o -> covers(o.id())).orElse(null);
        if (org == null || org.type() != OrgType.TOWNSHIP) {
            throw RuleViolationException.onField("orgId", "请选择管辖范围内的乡镇");
        }
        return org;
    }

    /** Checks the target against the township and the scheme family; returns its label (typed or composed). */
    private String check(TargetForm f, OrgSummary township) {
        List<FieldError> errors = new ArrayList<>();
        if (f.year() == null || f.year() < 2000 || f.year() > 2100) {
            errors.add(new FieldError("year", "年度须在2000至2100之间"));
        }
        if (f.kind() == null) {
            errors.add(new FieldError("kind", "请选择目标类型"));
        }
        List<String> bands = f.family() == null || f.year() == null ? List.of()
                : byFamily.bands(township.id(), f.year(), f.family());
        if (bands.isEmpty()) {
            errors.add(new FieldError("family", "该年度没有已发布的此类考核方案"));
        } else if (f.grade() == null || !bands.contains(f.grade().strip())) {
            errors.add(new FieldError("grade", "等次须为：" + String.join("、", bands)));
        }
        if (f.kind() == Target.Kind.SHARE && (f.value() == null || f.value().signum() <= 0
                || f.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(new FieldError("value", "占比须大于0、不超过100（%）"));
        }
        Map<Long, String> villages = repository.villages(township.id());
        if (f.kind() == Target.Kind.COUNT && (f.value() == null || f.value().signum() <= 0
                || f.value().stripTrailingZeros().scale() > 0 || f.value().intValue() > villages.size())) {
            errors.add(new FieldError("value", "村个数须为1至" + villages.size() + "的整数"));
        }
        if (f.kind() == Target.Kind.NAMED) {
            if (f.named().isEmpty()) {
                errors.add(new FieldError("named", "请选择目标村"));
            } else if (!villages.keySet().containsAll(f.named())) {
                errors.add(new FieldError("named", "目标村须为" + township.shortName() + "所辖的村"));
            }
        }
        if (f.label() != null && f.label().strip().length() > 200) {
            errors.add(new FieldError("label", "说明不超过200字"));
        }
        RuleViolationException.throwIfAny(errors);
        if (f.label() != null && !f.label().isBlank()) {
            return f.label().strip();
        }
        String grade = f.grade().strip();
        return switch (f.kind()) {
            case SHARE -> grade + "及以上的村达到" + f.value().stripTrailingZeros().toPlainString() + "%";
            case COUNT -> grade + "村达到" + f.value().stripTrailingZeros().toPlainString() + "个";
            case NAMED -> f.named().stream().map(villages::get).reduce((a, b) -> a + "、" + b).orElse("")
                    + "达到" + grade;
        };
    }

    private TargetProgress judge(Target t) {
        Long campaignId = byFamily.campaignFor(t.orgId(), t.year(), t.family()).orElse(null);
        Map<Long, String> villages = repository.villages(t.orgId());
        if (campaignId == null) {
            return new TargetProgress(t, null, null, villages.size(), 0, 0, BigDecimal.ZERO, false, false, List.of(),
                    t.kind() == Target.Kind.NAMED ? t.namedNames() : List.of());
        }
        Campaign campaign = campaigns.find(campaignId).orElseThrow();
        List<String> bands = byFamily.bands(t.orgId(), t.year(), t.family());
        int threshold = bands.indexOf(t.grade());
        List<CampaignEntry> entries = campaigns.entries(campaignId, ScopedSql.unscoped(), t.orgId());
        List<String> reached = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int graded = 0;
        boolean settled = !entries.isEmpty();
        for (CampaignEntry e : entries) {
            boolean counted = t.kind() != Target.Kind.NAMED || t.named().contains(e.orgId());
            if (!counted) {
                continue;
            }
            String name = villages.getOrDefault(e.orgId(), e.orgName());
            settled &= e.stage() == ReviewStage.FINAL;
            if (e.grade() != null) {
                graded++;
            }
            int at = e.grade() == null ? -1 : bands.indexOf(e.grade());
            if (at >= 0 && at <= threshold) {
                reached.add(name);
            } else {
                missing.add(name);
            }
        }
        BigDecimal current;
        boolean met;
        switch (t.kind()) {
            case SHARE -> {
                current = TargetRepository.percent(reached.size(), entries.size());
                met = current.compareTo(t.value()) >= 0;
            }
            case COUNT -> {
                current = BigDecimal.valueOf(reached.size());
                met = current.compareTo(t.value()) >= 0;
            }
            default -> {
                current = BigDecimal.valueOf(reached.size());
                met = missing.isEmpty() && !reached.isEmpty();
            }
        }
        return new TargetProgress(t, campaignId, campaign.name(), entries.size(), graded, reached.size(), current, met,
                settled, reached, missing);
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
