package org.jiceng.shared;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Each module tells the data scope which request variables (path variables and query parameters such as
 * {@code orgId}, {@code personId}, {@code org}) name its objects and how to find their owner. The data-scope guard
 * checks every such variable on every request before a controller runs; a variable no resolver knows is refused, so
 * a new endpoint cannot forget its scope.
 */
public interface ScopedObjectResolver {

    /** Variable name to owner lookup; an empty owner means the object does not exist. */
    Map<String, LongFunction<Optional<ObjectOwner>>> owners();
}
