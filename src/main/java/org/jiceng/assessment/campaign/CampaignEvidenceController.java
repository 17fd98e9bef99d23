package org.jiceng.assessment.campaign;

import java.io.IOException;

import org.jiceng.assessment.AssessmentRoles;
import org.jiceng.shared.RuleViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A self-assessment's evidence (佐证材料) on its pages: uploading a file against an indicator, opening and deleting one. */
@Controller
@PreAuthorize(AssessmentRoles.KEEPERS)
class CampaignEvidenceController {

    private final CampaignEvidence evidence;

    CampaignEvidenceController(CampaignEvidence evidence) {
        this.evidence = evidence;
    }

    @PostMapping("/campaign-entries/{entryId}/evidence")
    String upload(@PathVariable long entryId, @RequestParam(required = false) String indicator,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            Evidence saved = evidence.addEvidence(entryId, indicator, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(), file == null ? null : file.getBytes());
            redirect.addFlashAttribute("notice", "已上传佐证材料：" + saved.fileName());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.fieldErrors().isEmpty() ? e.getMessage()
                    : String.join("；", e.fieldErrors().stream().map(f -> f.message()).toList()));
        }
        return "redirect:/campaign-entries/" + entryId + "#evidence";
    }

    @GetMapping("/campaign-evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable long evidenceId) {
        Evidence file = evidence.evidenceFile(evidenceId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(evidence.evidenceContent(evidenceId));
    }

    @PostMapping("/campaign-evidence/{evidenceId}/delete")
    String deleteEvidence(@PathVariable long evidenceId, RedirectAttributes redirect) {
        Evidence file = evidence.evidenceFile(evidenceId);
        try {
            evidence.deleteEvidence(evidenceId);
            redirect.addFlashAttribute("notice", "已删除佐证材料：" + file.fileName());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/campaign-entries/" + file.entryId() + "#evidence";
    }
}
