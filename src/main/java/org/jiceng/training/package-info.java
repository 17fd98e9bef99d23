/**
 * 素质提升 (training): training sessions and who attended them, and each person's training hours (学时) for a year
 * against the requirements the county sets.
 */
package org.jiceng.training;
