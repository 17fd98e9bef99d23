/**
 * Configuration: the code lists (代码表) and system settings the county's system administrator edits — rules that
 * differ by county are data, never constants in code.
 */
package org.jiceng.configuration;
