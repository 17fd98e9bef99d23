/**
 * Access: accounts, roles, sign-in (form and HTTP Basic), lockout, and the data scope — the one place that decides
 * which part of the tree a user sees.
 */
package org.jiceng.access;
