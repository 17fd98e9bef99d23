package org.jiceng.demo.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Component;

/**
 * On the first start of the embedded default, puts the build's demo county database in place before the data source
 * opens (a bean factory post-processor runs before any bean is made), so that Flyway finds it up to date and the demo
 * loader finds the county there. The file is written beside its place and then moved, so a start that dies halfway
 * leaves no half a database. {@code jiceng.demo.snapshot=false} loads the county instead, as a build without the
 * snapshot does; the scale generator ({@code --jiceng.generate}) never takes it.
 */
@Component
class DemoSnapshotRestore implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(DemoSnapshotRestore.class);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String url = environment.getProperty("spring.datasource.url", "");
        var file = DemoSnapshot.databaseFile(url);
        var snapshot = new ClassPathResource(DemoSnapshot.RESOURCE);
        var descriptor = new ClassPathResource(DemoSnapshot.DESCRIPTOR);
        // The scale generator (--jiceng.generate) fills an empty database of its own.
        if (file.isEmpty() || !environment.getProperty("jiceng.demo.snapshot", Boolean.class, true)
                || !environment.getProperty("jiceng.generate", "").isBlank()
                || !snapshot.exists() || !descriptor.exists()) {
            return;
        }
        LocalDate snapshotDate = LocalDate.parse(load(descriptor).getProperty("date"));
        if (!DemoSnapshot.applies(url, Files.exists(file.get()), environment.getProperty("jiceng.demo.mode", "auto"),
                environment.getProperty("jiceng.business-date", ""),
                environment.getProperty("jiceng.demo.date", LocalDate.class), snapshotDate)) {
            return;
        }
        long started = System.nanoTime();
        long bytes = restore(snapshot, file.get());
        if (bytes < 0) {
            log.info("A database appeared at {} while the demo county was copied; it is kept", file.get());
            return;
        }
        log.info("Restored the demo county from the build's snapshot (loaded on {}, {} MB) in {} ms", snapshotDate,
                bytes / 1_000_000, (System.nanoTime() - started) / 1_000_000);
    }

    private static long restore(ClassPathResource snapshot, Path file) {
        Path directory = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, file.getFileName().toString(), ".part");
            try (InputStream in = snapshot.getInputStream()) {
                long bytes = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                // Without REPLACE_EXISTING: a database that appeared meanwhile (another start) is never replaced.
                Files.move(partial, file);
                return bytes;
            } catch (FileAlreadyExistsException meanwhile) {
                return -1;
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not put the demo county's database at " + file, e);
        }
    }

    static Properties load(Resource descriptor) {
        try {
            return PropertiesLoaderUtils.loadProperties(descriptor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
