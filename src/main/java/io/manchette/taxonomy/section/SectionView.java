package io.manchette.taxonomy.section;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One section for delivery: where it sits (breadcrumb) and what is below it. */
@Schema(name = "Section")
public record SectionView(
        @Schema(examples = "europe") String slug,
        @Schema(examples = "Europe") String name,
        @Schema(examples = "monde/europe") String path,
        @Schema(nullable = true) String description,
        int position,
        List<BreadcrumbItem> breadcrumb,
        List<SectionRef> children) {

    public static SectionView from(Section section, List<BreadcrumbItem> breadcrumb, List<Section> children) {
        return new SectionView(
                section.getSlug(),
                section.getName(),
                section.getPath(),
                section.getDescription(),
                section.getPosition(),
                breadcrumb,
                children.stream().map(SectionRef::from).toList());
    }
}
