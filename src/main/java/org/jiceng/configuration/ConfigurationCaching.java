package org.jiceng.configuration;

import java.util.Objects;

import org.jiceng.shared.Audited;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Caches code lists and settings (Spring's cache abstraction over Caffeine, see application.properties) and empties
 * them once a change of either has committed — every change is audited, so the audit event is the signal; a reader
 * during the change's transaction keeps the old values, never a mix.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class ConfigurationCaching {

    private final CacheManager caches;

    ConfigurationCaching(CacheManager caches) {
        this.caches = caches;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(Audited event) {
        if (CodeListAdminService.TYPE.equals(event.objectType())) {
            Objects.requireNonNull(caches.getCache(CodeItemStore.CACHE)).clear();
        } else if (SettingsAdminService.TYPE.equals(event.objectType())) {
            Objects.requireNonNull(caches.getCache(SettingStore.CACHE)).clear();
        }
    }
}
