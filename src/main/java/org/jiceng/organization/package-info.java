/**
 * Organization: the one tree of Party organizations (县委 → 乡镇党委 → 村党支部/党总支 → 党小组), the register of
 * people in it (members, village cadres, reserve cadres, villagers), committee posts and transfers.
 */
package org.jiceng.organization;
