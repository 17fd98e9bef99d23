/** Audit: records every write (who, when, which object, before and after) and lets the auditor read the log. */
package org.jiceng.audit;
