package org.jiceng.assessment.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jiceng.assessment.engine.Scheme;

/**
 * A draft scheme as edited (page) or sent (API): header, indicator rows and band rows. {@code version} is the
 * version the user read; a stale one answers 409.
 */
public record SchemeForm(@NotBlank(message = "请填写方案名称") @Size(max = 200) String name,
                         @Size(max = 2000) String note,
                         @NotNull(message = "请填写基本分满分") BigDecimal baseMax,
                         BigDecimal bonusCap,
                         Long version,
                         List<IndicatorRow> indicators,
                         List<BandRow> bands) {

    public SchemeForm {
        indicators = indicators == null ? new ArrayList<>() : new ArrayList<>(indicators);
        bands = bands == null ? new ArrayList<>() : new ArrayList<>(bands);
    }

    public static SchemeForm of(StoredScheme stored) {
        Scheme s = stored.scheme();
        return new SchemeForm(s.name(), stored.note(), s.baseMax(), s.bonusCap(), stored.version(),
                IndicatorTree.flatten(s.indicators()).stream().map(r -> r.withMetric(stored.metrics().get(r.code())))
                        .toList(), s.bands().stream().map(BandRow::of).toList());
    }

    SchemeForm withRows(List<IndicatorRow> newIndicators, List<BandRow> newBands) {
        return new SchemeForm(name, note, baseMax, bonusCap, version, newIndicators, newBands);
    }
}
