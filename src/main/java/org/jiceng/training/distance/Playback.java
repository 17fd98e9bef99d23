package org.jiceng.training.distance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A logged playback of a site. */
public record Playback(long id, LocalDate playedOn, BigDecimal hours, String programme, int attendees, String createdBy) {
}
