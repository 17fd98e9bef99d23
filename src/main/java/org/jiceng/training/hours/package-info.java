/** 学时: each person's training hours for a year against the county's yearly requirements ({@code training_hour_rules}, carried over until changed). */
package org.jiceng.training.hours;
