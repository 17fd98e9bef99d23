/**
 * 示范村: villages a township or the county names as demonstration villages of a kind (新农村建设示范村 …) for a
 * year, resting on a basis document where there is one; a filter of the ledger rollup and a metric for the engine.
 */
@NamedInterface("demonstration")
package org.jiceng.target.demonstration;

import org.springframework.modulith.NamedInterface;
