/** 远程教育: distance-education sites, their playbacks and the county's monthly minimums. */
package org.jiceng.training.distance;
