package org.jiceng.documents.register;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Pages of the documents register: the list in scope with its filters, recording and editing a document of the
 * officer's own org (the text uploaded with it), and the download of a text (also under {@code /api/v1}).
 */
@Controller
@PreAuthorize(DocumentAccess.READERS)
@Tag(name = "文件制度", description = "文件/制度登记：文号、标题、发文单位、日期、文种、原文，以及引用它们的方案、计划、标准")
class DocumentController {

    private final DocumentService documents;
    private final CodeLists codes;
    private final Clock clock;

    DocumentController(DocumentService documents, CodeLists codes, Clock clock) {
        this.documents = documents;
        this.codes = codes;
        this.clock = clock;
    }

    @GetMapping("/documents")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
                @RequestParam(required = false) Long issuer, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, Model model) {
        DocumentFilter filter = new DocumentFilter(year, kind, issuer, q);
        model.addAttribute("filter", filter);
        model.addAttribute("page", documents.list(filter, PageQuery.of(page, null, null, null)));
        model.addAttribute("kinds", codes.items(DocumentRepository.KINDS));
        model.addAttribute("issuers", documents.issuers());
        return "documents/document-list";
    }

    @GetMapping("/documents/new")
    @PreAuthorize(DocumentAccess.OFFICERS)
    String newDocument(@RequestParam(required = false) String tooLarge, Model model) {
        model.addAttribute("form", DocumentForm.blank(LocalDate.now(clock)));
        model.addAttribute("fileError", tooLarge != null ? DocumentRules.TOO_LARGE : null);
        return formPage(null, model);
    }

    @PostMapping("/documents/new")
    @PreAuthorize(DocumentAccess.OFFICERS)
    String create(@Valid @ModelAttribute("form") DocumentForm form, BindingResult result,
                  @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        if (!result.hasErrors()) {
            try {
                BasisDocument created = documents.create(form, name(file), bytes(file));
                redirect.addFlashAttribute("notice", "已登记文件：" + created.display());
                return "redirect:/documents/" + created.id();
            } catch (RuleViolationException e) {
                refuse(e, result, model);
            }
        }
        return formPage(null, model);
    }

    @GetMapping("/documents/{documentId}/edit")
    @PreAuthorize(DocumentAccess.OFFICERS)
    String edit(@PathVariable long documentId, @RequestParam(required = false) String tooLarge, Model model) {
        BasisDocument document = writable(documentId);
        model.addAttribute("form", DocumentForm.of(document));
        model.addAttribute("fileError", tooLarge != null ? DocumentRules.TOO_LARGE : null);
        return formPage(document, model);
    }

    @PostMapping("/documents/{documentId}/edit")
    @PreAuthorize(DocumentAccess.OFFICERS)
    String update(@PathVariable long documentId, @Valid @ModelAttribute("form") DocumentForm form,
                  BindingResult result, @RequestParam(required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        BasisDocument document = writable(documentId);
        if (!result.hasErrors()) {
            try {
                BasisDocument saved = documents.update(documentId, form, name(file), bytes(file));
                redirect.addFlashAttribute("notice", "已保存文件：" + saved.display());
                return "redirect:/documents/" + documentId;
            } catch (RuleViolationException e) {
                refuse(e, result, model);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(document, model);
    }

    @GetMapping({"/documents/{documentId}/text", "/api/v1/documents/{documentId}/text"})
    @Operation(summary = "下载文件原文", description = "本单位、上级及下级组织的文件可下载。")
    ResponseEntity<byte[]> text(@PathVariable long documentId) {
        DocumentText text = documents.text(documentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(text.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(text.contentType()))
                .body(text.content());
    }

    private BasisDocument writable(long documentId) {
        BasisDocument document = documents.document(documentId);
        if (!documents.canEdit(document)) {
            throw new AccessDeniedException("only the issuing org's officers edit a document");
        }
        return document;
    }

    /** Each refusal next to its field; the file's next to the file input (the form record has no file). */
    private static void refuse(RuleViolationException e, BindingResult result, Model model) {
        List<RuleViolationException.FieldError> fileErrors = e.fieldErrors().stream()
                .filter(f -> "file".equals(f.field())).toList();
        fileErrors.stream().findFirst().ifPresent(f -> model.addAttribute("fileError", f.message()));
        List<RuleViolationException.FieldError> others = e.fieldErrors().stream()
                .filter(f -> !"file".equals(f.field())).toList();
        if (!others.isEmpty() || fileErrors.isEmpty()) {
            FormErrors.apply(new RuleViolationException(e.getMessage(), others), result);
        }
    }

    private String formPage(BasisDocument document, Model model) {
        model.addAttribute("document", document);
        model.addAttribute("kinds", codes.items(DocumentRepository.KINDS));
        return "documents/document-form";
    }

    static String name(MultipartFile file) {
        return file == null || file.isEmpty() ? null : file.getOriginalFilename();
    }

    static byte[] bytes(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getBytes();
    }
}
