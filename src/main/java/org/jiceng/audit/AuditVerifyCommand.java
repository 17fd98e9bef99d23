package org.jiceng.audit;

import org.jiceng.shared.CommandFlag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --jiceng.audit.verify}: checks the audit log's hash chain of the configured database, prints 完整 or the
 * first broken entry, and exits (0 intact, 2 broken) before anything else runs. Without the flag it does nothing.
 */
@Component
@Order(-200)
class AuditVerifyCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditVerifyCommand.class);

    private final AuditVerifier verifier;
    private final ConfigurableApplicationContext context;
    private final boolean verify;

    AuditVerifyCommand(AuditVerifier verifier, ConfigurableApplicationContext context,
                       @Value("${jiceng.audit.verify:false}") String verify) {
        this.verifier = verifier;
        this.context = context;
        this.verify = CommandFlag.isOn(verify);
    }

    boolean verify() {
        return verify;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!verify) {
            return;
        }
        AuditIntegrity result = verifier.verify();
        // Printed, not only logged: the operator (or a cron job) reads it, and may keep the head hash elsewhere.
        System.out.println(result.message());
        log.info("Audit chain check: {}", result.message());
        int exit = result.intact() ? 0 : 2;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
