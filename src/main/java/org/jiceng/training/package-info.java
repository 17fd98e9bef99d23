/**
 * 素质提升 (training): training sessions and who attended them, each person's training hours (学时) for a year
 * against the requirements the county sets, 三会一课, county courses, required readings, distance education and the
 * plan with its dashboard. One sub-package per capability; the root keeps what they share (the rollups, the
 * dashboard cache, the roles) and what the module publishes (work, metrics, scopes).
 */
package org.jiceng.training;
