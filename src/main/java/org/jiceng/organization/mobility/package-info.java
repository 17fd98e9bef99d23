/** 流动党员: outflow and inflow registrations of members, their history and the list per township. */
package org.jiceng.organization.mobility;
