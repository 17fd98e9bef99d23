package org.jiceng.assessment.campaign;

import java.util.ArrayList;
import java.util.List;

import org.jiceng.assessment.engine.Scheme;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.UploadTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence (佐证材料) of an entry: photos and documents attached to its indicators while the self-assessment is a
 * draft, read by anyone who may see the entry.
 */
@Service
@Transactional
class CampaignEvidence {

    private final EvidenceRepository repository;
    private final CampaignLookup lookup;
    private final DataScope scope;
    private final ApplicationEventPublisher events;

    CampaignEvidence(EvidenceRepository repository, CampaignLookup lookup, DataScope scope,
                     ApplicationEventPublisher events) {
        this.repository = repository;
        this.lookup = lookup;
        this.scope = scope;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<Evidence> evidence(long entryId) {
        lookup.entry(entryId);
        return repository.evidence(entryId);
    }

    /** Attaches a photo or document (jpg, png, pdf, Word, Excel; 10 MB at most) to an indicator while it is a draft. */
    Evidence addEvidence(long entryId, String code, String fileName, String contentType, byte[] content) {
        CampaignEntry entry = lookup.entry(entryId);
        if (entry.stage() != ReviewStage.DRAFT) {
            throw new RuleViolationException("自评已提交，不能再上传佐证材料");
        }
        Scheme scheme = lookup.scheme(lookup.campaignOf(entry));
        List<FieldError> errors = new ArrayList<>();
        if (code == null || ScoreInputs.leaves(scheme).stream().noneMatch(i -> i.code().equals(code))) {
            errors.add(new FieldError("indicator", "请选择佐证材料对应的指标"));
        }
        String type = UploadTypes.check(fileName, content);
        if (type == null) {
            errors.add(new FieldError("file", "只能上传照片（jpg、png）或文档（pdf、doc、docx、xls、xlsx），不超过10MB"));
        }
        RuleViolationException.throwIfAny(errors);
        long id = repository.insertEvidence(entryId, code, UploadTypes.safeName(fileName), type, content,
                scope.requireActor().username());
        Evidence created = repository.evidenceFile(id).orElseThrow();
        events.publishEvent(Audited.created("CAMPAIGN_EVIDENCE", id, entry.label() + "：" + created.fileName(),
                entry.orgId(), created));
        return created;
    }

    @Transactional(readOnly = true)
    Evidence evidenceFile(long evidenceId) {
        Evidence file = repository.evidenceFile(evidenceId).orElseThrow(() -> NotFoundException.of("佐证材料", evidenceId));
        lookup.entry(file.entryId());
        return file;
    }

    @Transactional(readOnly = true)
    byte[] evidenceContent(long evidenceId) {
        evidenceFile(evidenceId);
        return repository.evidenceContent(evidenceId).orElseThrow();
    }

    void deleteEvidence(long evidenceId) {
        Evidence file = evidenceFile(evidenceId);
        CampaignEntry entry = lookup.entry(file.entryId());
        if (entry.stage() != ReviewStage.DRAFT) {
            throw new RuleViolationException("自评已提交，不能再删除佐证材料");
        }
        repository.deleteEvidence(evidenceId);
        events.publishEvent(new Audited("DELETE", "CAMPAIGN_EVIDENCE", evidenceId,
                entry.label() + "：" + file.fileName(), entry.orgId(), file, null));
    }
}
