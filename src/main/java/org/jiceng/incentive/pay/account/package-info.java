/**
 * The dedicated account (专帐) of each village and its ledger: funds in, pay out and reversals; balances are the sum of
 * the entries, never stored.
 */
@org.springframework.modulith.NamedInterface("pay-account")
package org.jiceng.incentive.pay.account;
