/**
 * 目标责任书: a township's target letter for a year — items grouped by area, each with base points and a
 * {@link org.jiceng.target.letter.Measure} — issued as one copy per village with village-specific quantities, printed
 * with both parties' signature blocks, signed on a recorded day and afterwards changed only by recorded amendments.
 * An item naming a central task takes the village's ledger entries on it as its progress and provisional score.
 */
@NamedInterface("letter")
package org.jiceng.target.letter;

import org.springframework.modulith.NamedInterface;
