package org.jiceng.assessment.commendation;

import java.util.Map;

import org.jiceng.review.ReviewStage;

/** A township's progress in a call: its quota, how many it nominated and how many wait in each stage. */
public record TownshipQuota(long townshipId, String township, int quota, int nominated, Map<ReviewStage, Integer> stages) {

    public int count(ReviewStage stage) {
        return stages.getOrDefault(stage, 0);
    }
}
