/**
 * Pay standards (报酬标准) a county sets per year — basic and performance pay per post, paid posts by village size,
 * performance by grade, the payment calendar — and the townships' top-ups within the county's limit.
 */
@org.springframework.modulith.NamedInterface("pay-standard")
package org.jiceng.incentive.pay.standard;
