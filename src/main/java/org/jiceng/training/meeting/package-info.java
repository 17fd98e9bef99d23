/** 三会一课: meeting records with the township's review, and compliance against the county's meeting frequencies. */
package org.jiceng.training.meeting;
