/**
 * Basis documents (文件/制度): the register of the documents a county's or township's rules rest on (办法, 制度, 意见,
 * 方案, 通知), with their text, and which rules, schemes, plans or standards of other modules cite them.
 */
package org.jiceng.documents;
