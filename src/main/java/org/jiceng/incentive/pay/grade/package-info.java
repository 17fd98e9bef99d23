/** Village cadres' annual assessment grades as the township officer records them; performance pay follows them. */
@org.springframework.modulith.NamedInterface("pay-grade")
package org.jiceng.incentive.pay.grade;
