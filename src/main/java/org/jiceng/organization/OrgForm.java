package org.jiceng.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.jiceng.shared.Text;

/**
 * An organization as a form or payload; {@code parentId} and {@code type} only count when creating. The unit fields are
 * checked by {@link OrgUnitRules}.
 */
public record OrgForm(
        Long parentId,
        String type,
        @Size(max = 40, message = "组织编码不能超过40个字符") String code,
        @Size(max = 120, message = "组织全称不能超过120个字") String name,
        @NotBlank(message = "请填写组织简称") @Size(max = 60, message = "组织简称不能超过60个字") String shortName,
        Integer sortOrder,
        @PastOrPresent(message = "成立日期不能晚于今天") LocalDate foundedOn,
        @Size(max = 30, message = "联系电话不能超过30个字符") String phone,
        @Size(max = 200, message = "地址不能超过200个字") String address,
        String partyCode,
        @Size(max = 120, message = "单位名称不能超过120个字") String unitName,
        String unitCategory,
        String unitCode,
        String unitPartyStatus,
        String formation,
        LocalDate approvedOn,
        Long version) {

    int sortOrderOrZero() {
        return sortOrder == null ? 0 : sortOrder;
    }

    static OrgForm childOf(OrgSummary parent) {
        OrgType type = parent.type().allowedChildren().stream().findFirst().orElse(OrgType.BRANCH);
        return new OrgForm(parent.id(), type.name(), null, null, null, 0, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** The same form under the given parent (the page takes the parent from the path). */
    OrgForm withParent(long parent) {
        return new OrgForm(parent, type, code, name, shortName, sortOrder, foundedOn, phone, address, partyCode,
                unitName, unitCategory, unitCode, unitPartyStatus, formation, approvedOn, null);
    }

    /** Blank fields as absent, text trimmed, the two codes upper-cased as they are printed. */
    OrgForm normalized() {
        return new OrgForm(parentId, type, Text.clean(code), Text.clean(name), shortName == null ? null : shortName.trim(),
                sortOrder, foundedOn, Text.clean(phone), Text.clean(address), upper(partyCode), Text.clean(unitName),
                Text.clean(unitCategory), upper(unitCode), Text.clean(unitPartyStatus), Text.clean(formation),
                approvedOn, version);
    }


    private static String upper(String value) {
        String trimmed = Text.clean(value);
        return trimmed == null ? null : trimmed.toUpperCase();
    }

    /** The full name on the seal when none is given: 中共 + short name + the committee's title. */
    String fullNameOr(OrgType orgType) {
        if (name != null && !name.isBlank()) {
            return name.trim();
        }
        String s = shortName.trim();
        return switch (orgType) {
            case PROVINCE, CITY, COUNTY, TOWNSHIP -> "中共" + s + "委员会";
            case GENERAL_BRANCH -> "中共" + s + "总支部委员会";
            case BRANCH -> "中共" + s + "支部委员会";
            case PARTY_GROUP -> s;
        };
    }
}
