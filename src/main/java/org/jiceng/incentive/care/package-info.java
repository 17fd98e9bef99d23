/**
 * 困难党员帮扶: hardship cases of members and village cadres (cause, severity, opened and closed), support entries by
 * year, kind, exact amount and fund source (reversed with a reason, never deleted), the register's 困难党员 mark that
 * follows a person's open cases, and the count of members helped per township and year.
 */
@NamedInterface("care")
package org.jiceng.incentive.care;

import org.springframework.modulith.NamedInterface;
