package org.jiceng.organization.mobility;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.jiceng.shared.Text;

/** A registration as the keeper enters it: direction OUT (外出) or IN (流入). */
public record MobilityForm(String direction,
                           @Size(max = 200, message = "不能超过200个字") String place,
                           @Size(max = 120, message = "不能超过120个字") String otherOrg,
                           LocalDate leftOn,
                           @Size(max = 200, message = "不能超过200个字") String reason,
                           @Size(max = 60, message = "不能超过60个字") String contact) {

    static final String OUT = "OUT";
    static final String IN = "IN";

    static MobilityForm blank(LocalDate today) {
        return new MobilityForm(OUT, null, null, today, null, null);
    }

    MobilityForm normalized() {
        return new MobilityForm(Text.clean(direction), Text.clean(place), Text.clean(otherOrg), leftOn, Text.clean(reason), Text.clean(contact));
    }

}
