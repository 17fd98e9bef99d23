/**
 * Excel for every module: a streaming writer (exports, templates) and a streaming reader (imports) that checks the
 * file is a real .xlsx with the expected columns and names what is wrong in Chinese.
 */
package org.jiceng.shared.excel;
