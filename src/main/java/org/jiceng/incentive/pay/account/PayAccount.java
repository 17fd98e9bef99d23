package org.jiceng.incentive.pay.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The dedicated account (专帐) the township's finance office keeps for one village so its cadres' pay arrives on
 * time and in full (seed: 乡财政所为每个村设立专帐). {@code population} (户籍人口) decides the village's paid posts
 * under the county's standard. {@code balance} is the sum of the account's entries at the time of reading; it is
 * stored nowhere.
 */
public record PayAccount(long id, long villageId, String villageName, long townshipId, String accountName, String bank,
                         String accountNo, int population, LocalDate openedOn, String openedBy, BigDecimal balance,
                         long version) {

    PayAccount named(String name) {
        return new PayAccount(id, villageId, name, townshipId, accountName, bank, accountNo, population, openedOn,
                openedBy, balance, version);
    }
}
