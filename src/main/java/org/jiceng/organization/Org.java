package org.jiceng.organization;

import java.time.LocalDate;

/** An organization's full record. */
public record Org(long id, Long parentId, OrgType type, String code, String name, String shortName, int depth,
                  int sortOrder, LocalDate foundedOn, String phone, String address, long version) {

    OrgForm toForm() {
        return new OrgForm(parentId, type.name(), code, name, shortName, sortOrder, foundedOn, phone, address, version);
    }
}
