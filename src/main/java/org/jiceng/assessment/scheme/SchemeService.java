package org.jiceng.assessment.scheme;

import org.jiceng.shared.Text;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.Metrics;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.ScoreSheet;
import org.jiceng.assessment.engine.ScoringEngine;
import org.jiceng.shared.Audited;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 考核方案 for pages, API and later campaigns: read, try out, edit a draft, publish, start a new edition, copy to
 * another year or from a reference template. A published scheme never changes (campaigns score against it); every
 * write is audited and refused with 409 when someone saved the scheme since the user read it.
 */
@Service
@Transactional
public class SchemeService {

    static final String AUDIT_TYPE = "ASSESSMENT_SCHEME";

    private final SchemeRepository schemes;
    private final SchemeAccess access;
    private final ReferenceSchemes templates;
    private final Metrics metrics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SchemeService(SchemeRepository schemes, SchemeAccess access, ReferenceSchemes templates, Metrics metrics,
                  ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.schemes = schemes;
        this.access = access;
        this.templates = templates;
        this.metrics = metrics;
        this.events = events;
    }

    /** The scheme, if the current user may read it (else 404). */
    @Transactional(readOnly = true)
    public StoredScheme get(long schemeId) {
        return access.readable(load(schemeId));
    }

    /** Whether the current user may edit, publish and copy this scheme (county officer of the owning org). */
    @Transactional(readOnly = true)
    public boolean canWrite(StoredScheme scheme) {
        return access.canWrite(scheme.ownerOrgId());
    }

    /** 试算: scores sample inputs against the scheme without storing anything. */
    @Transactional(readOnly = true)
    public ScoreSheet tryOut(long schemeId, Map<String, BigDecimal> inputs) {
        return ScoringEngine.evaluate(get(schemeId).scheme(), inputs);
    }

    /**
     * 用某村数据试算: the inputs the scheme's metric-bound indicators take from an org's data in the scheme's year.
     * The caller has checked the org is in the user's scope (the scope guard checks the {@code org} parameter).
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> inputsFromData(long schemeId, long orgId) {
        StoredScheme stored = get(schemeId);
        return metrics.metricInputs(stored, stored.scheme().year(), orgId);
    }

    /** Saves a draft's header, indicators and bands; refused as a whole when the scheme is invalid or published. */
    public StoredScheme update(long schemeId, SchemeForm form) {
        StoredScheme before = access.writable(load(schemeId));
        requireDraft(before);
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException(SchemeRepository.STALE);
        }
        var bindingErrors = MetricBindings.check(form.indicators(), before.scheme().subject(), metrics.byCode());
        Scheme scheme = SchemeForms.toScheme(form, before.scheme(), bindingErrors);
        schemes.updateDraft(schemeId, before.version(), scheme, MetricBindings.of(form.indicators()),
                Text.clean(form.note()), LocalDateTime.now(clock));
        StoredScheme after = load(schemeId);
        events.publishEvent(Audited.updated(AUDIT_TYPE, schemeId, after.label(), after.ownerOrgId(), before, after));
        return after;
    }

    /** Publishes a valid draft; the edition of the same family and year published before is retired. */
    public StoredScheme publish(long schemeId, Long version) {
        StoredScheme before = access.writable(load(schemeId));
        requireDraft(before);
        if (version == null || version != before.version()) {
            throw new StaleEditException(SchemeRepository.STALE);
        }
        SchemeForms.requireValid(before.scheme(), SchemeForm.of(before));
        List<StoredScheme> retiring = schemes.otherPublished(before).stream().map(this::load).toList();
        schemes.publish(schemeId, before.version(), LocalDateTime.now(clock));
        StoredScheme after = load(schemeId);
        events.publishEvent(new Audited("PUBLISH", AUDIT_TYPE, schemeId, after.label(), after.ownerOrgId(), before, after));
        for (StoredScheme old : retiring) {
            StoredScheme retired = load(old.id());
            events.publishEvent(new Audited("RETIRE", AUDIT_TYPE, old.id(), retired.label(), old.ownerOrgId(), old, retired));
        }
        return after;
    }

    /** 新版本: a new draft edition of the same year, a copy of this one. */
    public StoredScheme newEdition(long schemeId) {
        StoredScheme source = access.writable(load(schemeId));
        return copy(source, source.scheme().year(), "NEW_EDITION");
    }

    /** 复制到年度: a draft for another year, a copy of this one (e.g. last year's 升级晋档 for 2010). */
    public StoredScheme copyToYear(long schemeId, Integer year) {
        StoredScheme source = access.writable(load(schemeId));
        return copy(source, SchemeForms.requireYear(year), "COPY");
    }

    /** A draft for a year from a reference template, owned by the current county officer's org. */
    public StoredScheme fromTemplate(String key, Integer year) {
        long owner = access.writerOrg();
        SchemeTemplate template = templates.find(key == null ? "" : key)
                .orElseThrow(() -> RuleViolationException.onField("template", "请选择模板"));
        return install(owner, template, SchemeForms.requireYear(year), false);
    }

    /**
     * Installs a reference template for an org and year, published or as a draft — for system jobs (the demo
     * loader, setting up a county), without user checks; audited as the system.
     */
    public StoredScheme install(long ownerOrgId, SchemeTemplate template, int year, boolean published) {
        Scheme s = template.scheme();
        Scheme scheme = new Scheme(template.name(), year, s.subject(), s.baseMax(), s.bonusCap(), s.indicators(), s.bands());
        long id = schemes.insert(ownerOrgId, template.key(), schemes.nextEdition(ownerOrgId, template.key(), year),
                published ? SchemeStatus.PUBLISHED : SchemeStatus.DRAFT, template.example(), template.note(), null,
                scheme, template.metrics(), LocalDateTime.now(clock));
        StoredScheme created = load(id);
        events.publishEvent(Audited.created(AUDIT_TYPE, id, created.label(), ownerOrgId, created));
        return created;
    }

    private StoredScheme copy(StoredScheme source, int year, String action) {
        Scheme s = source.scheme();
        Scheme scheme = new Scheme(s.name(), year, s.subject(), s.baseMax(), s.bonusCap(), s.indicators(), s.bands());
        long id = schemes.insert(source.ownerOrgId(), source.family(),
                schemes.nextEdition(source.ownerOrgId(), source.family(), year), SchemeStatus.DRAFT, source.example(),
                source.note(), source.id(), scheme, source.metrics(), LocalDateTime.now(clock));
        StoredScheme created = load(id);
        events.publishEvent(new Audited(action, AUDIT_TYPE, id, created.label(), created.ownerOrgId(), source, created));
        return created;
    }

    private StoredScheme load(long schemeId) {
        return schemes.find(schemeId).orElseThrow(() -> NotFoundException.of("考核方案", schemeId));
    }

    private static void requireDraft(StoredScheme scheme) {
        if (!scheme.isDraft()) {
            throw new RuleViolationException("“" + scheme.label() + "”已" + scheme.status().label()
                    + "，不能再修改；如需调整，请点击“新版本”生成草稿后修改");
        }
    }
}
