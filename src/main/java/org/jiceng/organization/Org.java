package org.jiceng.organization;

import java.time.LocalDate;

/**
 * An organization's full record, with the unit it is built in as the national organization data carries it:
 * 党组织代码, 单位名称, 单位类别, 单位代码 (统一社会信用代码), 单位建立党组织情况, 组建方式, 批准建立日期.
 */
public record Org(long id, Long parentId, OrgType type, String code, String name, String shortName, int depth,
                  int sortOrder, LocalDate foundedOn, String phone, String address, String partyCode, String unitName,
                  String unitCategory, String unitCode, String unitPartyStatus, String formation, LocalDate approvedOn,
                  long version) {

    OrgForm toForm() {
        return new OrgForm(parentId, type.name(), code, name, shortName, sortOrder, foundedOn, phone, address,
                partyCode, unitName, unitCategory, unitCode, unitPartyStatus, formation, approvedOn, version);
    }
}
