package org.jiceng.organization;

import java.time.LocalDate;

import org.jiceng.shared.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Records and ends flags on a person from the person's page (county and township officers). */
@Controller
@PreAuthorize(PersonRecordsApiController.FLAG_KEEPERS)
class PersonFlagController {

    private final PersonRecords records;

    PersonFlagController(PersonRecords records) {
        this.records = records;
    }

    @PostMapping("/members/{personId}/flags")
    String record(@PathVariable long personId, @RequestParam(required = false) PersonFlagKind kind,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
                  @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            records.recordFlag(personId, kind, from, until, note);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flagProblem", message(e));
        }
        return "redirect:/members/" + personId + "#flags";
    }

    @PostMapping("/members/{personId}/flags/{flagId}/end")
    String end(@PathVariable long personId, @PathVariable long flagId,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
               @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        if (records.flag(flagId).personId() != personId) {
            throw org.jiceng.shared.NotFoundException.of("人员标记", flagId);
        }
        try {
            records.endFlag(flagId, until, version);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flagProblem", message(e));
        }
        return "redirect:/members/" + personId + "#flags";
    }

    private static String message(RuleViolationException e) {
        return e.fieldErrors().isEmpty() ? e.getMessage()
                : String.join("；", e.fieldErrors().stream().map(RuleViolationException.FieldError::message).toList());
    }
}
