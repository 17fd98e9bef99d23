/**
 * Pay runs: what each paid cadre is due for a month (basic pay and top-up) or a year (performance pay by grade), the
 * payments recorded against it with late and short flags, the 按时足额率, pay sheets and the annual settlement.
 */
@org.springframework.modulith.NamedInterface("pay-run")
package org.jiceng.incentive.pay.run;
