package org.jiceng.shared;

import java.util.Collection;
import java.util.Map;

/**
 * The names people read for the accounts that recorded something (自评人, 审核人, 经办人): records keep the sign-in name,
 * which stays unique and unchanged; pages and printouts show the account's name instead.
 */
public interface AccountNames {

    /** The display name of each known sign-in name among {@code usernames}; unknown ones are left out. */
    Map<String, String> displayNames(Collection<String> usernames);
}
