package org.jiceng.training.meeting;

import java.util.List;
import java.util.stream.Collectors;

/** The version token of a year's frequencies: what they were when the officer opened them. */
final class Frequencies {

    private Frequencies() {
    }

    static String token(List<Frequency> frequencies) {
        return frequencies.stream().map(f -> f.type() + ":" + f.period() + ":" + f.minCount())
                .collect(Collectors.joining(","));
    }
}
