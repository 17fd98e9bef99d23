/**
 * What waits for a user: each module publishes the tasks at the signed-in user's desk ({@link WorkSource}), and the
 * workbench (工作台) lists them, most urgent first.
 */
package org.jiceng.shared.work;
