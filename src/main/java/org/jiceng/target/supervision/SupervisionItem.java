package org.jiceng.target.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jiceng.shared.RuleViolationException;

/**
 * A supervision item (督查督办事项, research §2.19, §3.8) as an aggregate: its number, task, lead and co-units, its
 * deadline (moved by a granted extension; {@code firstDue} keeps the one set at registration) and where it stands.
 * Each method is a step a user takes; it checks who takes it and when, and returns the item as it is afterwards, or
 * refuses with the reason next to the field concerned. Rules:
 * <ul>
 *   <li>the deadline is not before the registration date;</li>
 *   <li>the registering org assigns (交办) a registered item, chases (催办) an open one, reviews a report: accepts it
 *       (办结, on time when the report came by the deadline) or returns it with a reason, and strikes off (撤销) an
 *       unfinished item with a reason;</li>
 *   <li>the lead unit reports back (反馈) on an assigned or returned item, with a text; nothing closes without one;</li>
 *   <li>the lead asks for more time (延期申请) on or before the deadline, for a later date, one request at a time;
 *       the registering org grants it (the deadline moves) or refuses it.</li>
 * </ul>
 */
public record SupervisionItem(long id, long orgId, String orgName, int year, String number, String title,
                              String source, String requirement, long leadOrgId, String leadName,
                              Long townshipId, List<CoUnit> coUnits, LocalDate registeredOn, LocalDate deadline, LocalDate firstDue,
                              SupervisionStatus status, LocalDate extensionUntil, String extensionReason,
                              String returnedReason, String struckReason, LocalDate closedOn, Boolean closedOnTime,
                              LocalDate lastReportedOn, String createdBy, LocalDateTime createdAt, long version) {

    /** A co-unit (协办单位). */
    public record CoUnit(long orgId, String name) {
    }

    /** Whether the deadline has passed and the item is neither closed nor struck off. */
    public boolean overdueOn(LocalDate today) {
        return !status.finished() && today.isAfter(deadline);
    }

    public boolean extensionPending() {
        return extensionUntil != null;
    }

    public String label() {
        return number + " " + title;
    }

    /** 交办: the registering org hands a registered item to the lead unit. */
    SupervisionItem assign(Party party) {
        requireRegistrar(party, "交办", "note");
        if (status != SupervisionStatus.REGISTERED) {
            throw refused("note", "该事项" + status.label() + "，不能再交办");
        }
        return with(SupervisionStatus.ASSIGNED, returnedReason, closedOn, closedOnTime);
    }

    /** 催办: the registering org chases an assigned or returned item; the reminder is only recorded. */
    void remind(Party party, String note) {
        requireRegistrar(party, "催办", "note");
        if (status != SupervisionStatus.ASSIGNED && status != SupervisionStatus.RETURNED) {
            throw refused("note", "该事项" + status.label() + "，无需催办");
        }
        if (blank(note)) {
            throw refused("note", "请写明催办内容");
        }
    }

    /** 反馈: the lead unit reports back on an assigned or returned item, with a text. */
    SupervisionItem report(Party party, String text, LocalDate today) {
        if (party != Party.LEAD) {
            throw refused("text", "只有承办单位（" + leadName + "）能反馈办理情况");
        }
        if (status != SupervisionStatus.ASSIGNED && status != SupervisionStatus.RETURNED) {
            throw refused("text", status == SupervisionStatus.REGISTERED ? "该事项尚未交办，不能反馈"
                    : "该事项" + status.label() + "，不能再反馈");
        }
        if (blank(text)) {
            throw refused("text", "请填写办理情况");
        }
        return new SupervisionItem(id, orgId, orgName, year, number, title, source, requirement, leadOrgId, leadName,
                townshipId, coUnits, registeredOn, deadline, firstDue, SupervisionStatus.REPORTED, extensionUntil, extensionReason,
                returnedReason, struckReason, closedOn, closedOnTime, today, createdBy, createdAt, version);
    }

    /** 办结: the registering org accepts the report; refused when nobody reported. On time: reported by the deadline. */
    SupervisionItem accept(Party party, LocalDate today) {
        requireRegistrar(party, "审结", "note");
        if (status != SupervisionStatus.REPORTED || lastReportedOn == null) {
            throw refused("note", "承办单位尚未反馈办理情况，不能办结");
        }
        return with(SupervisionStatus.CLOSED, returnedReason, today, !lastReportedOn.isAfter(deadline));
    }

    /** 退回: the registering org sends the report back to the lead with a reason. */
    SupervisionItem returnToLead(Party party, String reason) {
        requireRegistrar(party, "退回", "note");
        if (status != SupervisionStatus.REPORTED) {
            throw refused("note", "只能退回已反馈待审的事项");
        }
        if (blank(reason)) {
            throw refused("note", "退回须写明原因");
        }
        return with(SupervisionStatus.RETURNED, reason.strip(), closedOn, closedOnTime);
    }

    /** 撤销: the registering org strikes off an unfinished item with a reason. */
    SupervisionItem strike(Party party, String reason) {
        requireRegistrar(party, "撤销", "note");
        if (status.finished()) {
            throw refused("note", "该事项" + status.label() + "，不能撤销");
        }
        if (blank(reason)) {
            throw refused("note", "撤销须写明原因");
        }
        return new SupervisionItem(id, orgId, orgName, year, number, title, source, requirement, leadOrgId, leadName,
                townshipId, coUnits, registeredOn, deadline, firstDue, SupervisionStatus.STRUCK, null, null, returnedReason,
                reason.strip(), closedOn, closedOnTime, lastReportedOn, createdBy, createdAt, version);
    }

    /** 延期申请: the lead asks, on or before the deadline, for a later one, with a reason; one request at a time. */
    SupervisionItem requestExtension(Party party, LocalDate until, String reason, LocalDate today) {
        if (party != Party.LEAD) {
            throw refused("extendTo", "只有承办单位能申请延期");
        }
        if (status.finished() || status == SupervisionStatus.REPORTED) {
            throw refused("extendTo", "该事项" + status.label() + "，不能申请延期");
        }
        if (extensionPending()) {
            throw refused("extendTo", "已有延期申请（至" + extensionUntil + "）待审批");
        }
        if (today.isAfter(deadline)) {
            throw refused("extendTo", "办理时限（" + deadline + "）已过，延期须在时限届满前申请");
        }
        if (until == null || !until.isAfter(deadline)) {
            throw refused("extendTo", "延期后的时限须晚于现时限（" + deadline + "）");
        }
        if (blank(reason)) {
            throw refused("note", "请写明延期理由");
        }
        return withExtension(deadline, until, reason.strip());
    }

    /** The registering org grants the pending request: the deadline moves to the date asked for. */
    SupervisionItem grantExtension(Party party) {
        requireRegistrar(party, "批准延期", "note");
        requirePending();
        return withExtension(extensionUntil, null, null);
    }

    /** The registering org refuses the pending request, with a reason; the deadline stays. */
    SupervisionItem refuseExtension(Party party, String reason) {
        requireRegistrar(party, "不批准延期", "note");
        requirePending();
        if (blank(reason)) {
            throw refused("note", "不批准延期须写明理由");
        }
        return withExtension(deadline, null, null);
    }

    /** Checks a new item's dates: the deadline is not before the registration date, which is not after today. */
    static void checkDates(LocalDate registeredOn, LocalDate deadline, LocalDate today,
                           List<RuleViolationException.FieldError> errors) {
        if (registeredOn != null && registeredOn.isAfter(today)) {
            errors.add(new RuleViolationException.FieldError("registeredOn", "立项日期不能晚于今天（" + today + "）"));
        }
        if (registeredOn != null && deadline != null && deadline.isBefore(registeredOn)) {
            errors.add(new RuleViolationException.FieldError("deadline",
                    "办理时限不能早于立项日期（" + registeredOn + "）"));
        }
    }

    private void requirePending() {
        if (!extensionPending()) {
            throw refused("note", "没有待审批的延期申请");
        }
    }

    private void requireRegistrar(Party party, String step, String field) {
        if (party != Party.REGISTRAR) {
            throw refused(field, "只有立项单位（" + orgName + "）能" + step);
        }
    }

    private SupervisionItem with(SupervisionStatus to, String returned, LocalDate closed, Boolean onTime) {
        return new SupervisionItem(id, orgId, orgName, year, number, title, source, requirement, leadOrgId, leadName,
                townshipId, coUnits, registeredOn, deadline, firstDue, to, to.finished() ? null : extensionUntil,
                to.finished() ? null : extensionReason, returned, struckReason, closed, onTime, lastReportedOn,
                createdBy, createdAt, version);
    }

    private SupervisionItem withExtension(LocalDate newDeadline, LocalDate until, String reason) {
        return new SupervisionItem(id, orgId, orgName, year, number, title, source, requirement, leadOrgId, leadName,
                townshipId, coUnits, registeredOn, newDeadline, firstDue, status, until, reason, returnedReason, struckReason,
                closedOn, closedOnTime, lastReportedOn, createdBy, createdAt, version);
    }

    private static RuleViolationException refused(String field, String message) {
        return RuleViolationException.onField(field, message);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
