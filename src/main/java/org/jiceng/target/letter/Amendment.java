package org.jiceng.target.letter;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A recorded change of a signed copy: which item, the quantity before and after, why, when and by whom. */
public record Amendment(long id, long itemId, int lineNo, String itemContent, BigDecimal oldQuantity,
                        BigDecimal newQuantity, String unitLabel, String reason, LocalDate on, String by) {
}
