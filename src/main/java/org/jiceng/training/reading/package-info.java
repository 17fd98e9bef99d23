/** 规定篇目: required readings set by the county, their texts, and members' study records that count toward their hours. */
package org.jiceng.training.reading;
