package org.elasticsearch.node;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A node whose plugins are loaded from the class path (see {@link ClasspathPluginsService}).
 *
 * <p>{@link Node}'s public constructor only loads plugins from folders on disk. The construction
 * hook that lets a different plugins service in is package-private, hence this package.
 */
public class ClasspathPluginNode extends Node {

    public ClasspathPluginNode(Environment environment, List<String> pluginNames) {
        super(
                NodeConstruction.prepareConstruction(
                        environment,
                        PluginsLoader.createPluginsLoader(Set.of(), Set.of(), Map.of(), false),
                        new NodeServiceProvider() {
                            @Override
                            PluginsService newPluginService(Environment env, PluginsLoader loader) {
                                return new ClasspathPluginsService(
                                        env.settings(), env, pluginNames);
                            }
                        },
                        true));
    }
}
