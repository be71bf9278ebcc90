package io.manchette.taxonomy.section;

import io.manchette.common.config.ManchetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Builds breadcrumbs from the site home down to a section, in one query. */
@ApplicationScoped
public class Breadcrumbs {

    private final SectionRepository sections;
    private final BreadcrumbItem home;

    Breadcrumbs(SectionRepository sections, ManchetteConfig config) {
        this.sections = sections;
        this.home = new BreadcrumbItem(config.delivery().homeLabel(), "");
    }

    public List<BreadcrumbItem> to(Section section) {
        return of(lineage(section));
    }

    /** The section and its ancestors, root first. */
    public List<Section> lineage(Section section) {
        return sections.listLineage(section.getPath());
    }

    /** The breadcrumb of a lineage, from the home page down. */
    public List<BreadcrumbItem> of(List<Section> lineage) {
        List<BreadcrumbItem> items = new ArrayList<>();
        items.add(home);
        for (Section step : lineage) {
            items.add(new BreadcrumbItem(step.getName(), step.getPath()));
        }
        return items;
    }
}
