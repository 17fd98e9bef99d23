/** The printed registers of 素质提升 (PDF): a branch's 三会一课记录簿 and a township's 培训登记簿. */
package org.jiceng.training.print;
