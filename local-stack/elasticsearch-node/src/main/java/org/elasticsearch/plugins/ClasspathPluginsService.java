package org.elasticsearch.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;

/**
 * A plugins service whose plugins come from the application class path instead of plugin folders.
 *
 * <p>Elasticsearch's published plugin jars carry their descriptor under {@code
 * META-INF/es-plugins/<name>/plugin-descriptor.properties}; every such descriptor found on the
 * class path is loaded with the application class loader. Lives in this package because the
 * constructor of {@link LoadedPlugin} and {@link #loadPlugin} are package-private.
 */
public class ClasspathPluginsService extends PluginsService {

    /** Where published plugin jars keep their descriptor; one folder per plugin name. */
    static final String DESCRIPTOR_LOCATION = "META-INF/es-plugins/%s/plugin-descriptor.properties";

    private final List<LoadedPlugin> classpathPlugins;
    private final PluginsAndModules info;

    public ClasspathPluginsService(
            Settings settings, Environment environment, List<String> pluginNames) {
        super(
                settings,
                environment.configDir(),
                PluginsLoader.createPluginsLoader(Set.of(), Set.of(), Map.of(), false));
        ClassLoader loader = ClasspathPluginsService.class.getClassLoader();
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (String name : pluginNames) {
            PluginDescriptor descriptor = readDescriptor(loader, name);
            Class<? extends Plugin> pluginClass = pluginClass(loader, descriptor);
            Plugin plugin = loadPlugin(pluginClass, settings, environment.configDir());
            loaded.add(new LoadedPlugin(descriptor, plugin, loader));
        }
        this.classpathPlugins = Collections.unmodifiableList(loaded);
        this.info =
                new PluginsAndModules(
                        loaded.stream().map(p -> new PluginRuntimeInfo(p.descriptor())).toList(),
                        List.of());
    }

    private static PluginDescriptor readDescriptor(ClassLoader loader, String name) {
        String location = DESCRIPTOR_LOCATION.formatted(name);
        URL url = loader.getResource(location);
        if (url == null) {
            throw new IllegalStateException(
                    "plugin ["
                            + name
                            + "] is not on the class path: no "
                            + location
                            + " in any jar");
        }
        try (InputStream in = url.openStream()) {
            return PluginDescriptor.readInternalDescriptorFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }

    private static Class<? extends Plugin> pluginClass(
            ClassLoader loader, PluginDescriptor descriptor) {
        try {
            return Class.forName(descriptor.getClassname(), false, loader).asSubclass(Plugin.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "plugin ["
                            + descriptor.getName()
                            + "] names class "
                            + descriptor.getClassname()
                            + ", which is not on the class path",
                    e);
        }
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return info;
    }
}
