/**
 * 台账日记法: a village cadre or township officer records, on the day, what their org did — category, content,
 * quantities in the county's units, a witness and evidence files — optionally against a central task. The ledger is
 * browsed per org with filters and rolled up per task, village, township and county, each unit on its own (amounts
 * in different units are never added). It is the evidence of the year-end target assessment (年终目责考核).
 */
@NamedInterface("ledger")
package org.jiceng.target.ledger;

import org.springframework.modulith.NamedInterface;
