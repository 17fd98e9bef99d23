package org.jiceng.assessment.campaign;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.engine.GradeBand;
import org.jiceng.assessment.engine.Scheme;

/** Figures for the results page's charts: grades per township (stacked bars) and movements from last year. */
final class CampaignCharts {

    private CampaignCharts() {
    }

    /** {townships: [...], series: [{name: grade, data: [count per township]}]} in the scheme's band order. */
    static Map<String, Object> distribution(Scheme scheme, List<CampaignEntry> entries) {
        Map<String, Map<String, Integer>> byTownship = new LinkedHashMap<>();
        for (CampaignEntry e : entries) {
            Map<String, Integer> grades = byTownship.computeIfAbsent(e.townshipName(), k -> new LinkedHashMap<>());
            if (e.grade() != null) {
                grades.merge(e.grade(), 1, Integer::sum);
            }
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (GradeBand band : scheme.bands()) {
            series.add(Map.of("name", band.name(), "data",
                    byTownship.values().stream().map(g -> g.getOrDefault(band.name(), 0)).toList()));
        }
        return Map.of("townships", new ArrayList<>(byTownship.keySet()), "series", series);
    }

    static Map<CampaignEntry.Movement, Integer> movements(List<CampaignEntry> entries) {
        Map<CampaignEntry.Movement, Integer> counts = new EnumMap<>(CampaignEntry.Movement.class);
        for (CampaignEntry e : entries) {
            counts.merge(e.movement(), 1, Integer::sum);
        }
        return counts;
    }
}
