/**
 * 村干部报酬: pay standards per county and year ({@code standard}), one dedicated account per village with its ledger
 * ({@code account}), monthly and annual pay runs with the 按时足额 flags, pay sheets and the annual settlement
 * ({@code run}), and the cadres' annual grades that performance pay follows ({@code grade}). The demo loader and the
 * data generator write through the services of these sub-packages (named interfaces).
 */
@org.springframework.modulith.NamedInterface("pay")
package org.jiceng.incentive.pay;
