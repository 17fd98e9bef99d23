/** Shared kernel: value types, the data-scope contract, paging, masking, named exceptions and Excel helpers. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.jiceng.shared;

import org.springframework.modulith.ApplicationModule;
