/**
 * 考核方案: schemes stored per county, edited as forms, checked, published, given new editions and copied to a year;
 * the reference schemes; indicators bound to a metric; 试算 (trying a scheme on an org's data). A named interface: the
 * demo loads reference schemes and makes schemes.
 */
@NamedInterface("scheme")
package org.jiceng.assessment.scheme;

import org.springframework.modulith.NamedInterface;
