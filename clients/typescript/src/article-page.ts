/**
 * The article page of a news site, drawn from Manchette in five requests, with types generated from
 * openapi.yaml (npm run generate). `npm run check` regenerates the types and type-checks this file,
 * so a change of the API that would break a front end fails the build.
 */
import createClient from "openapi-fetch";
import type { components, paths } from "./schema";

type Article = components["schemas"]["Article"];
type Block = components["schemas"]["Block"];

export interface ArticlePage {
  breadcrumb: string;
  kicker: string | null;
  headline: string;
  standfirst: string | null;
  /** The lead photo as an <img>'s attributes: the 16:9 WebP candidates, with its credit. */
  leadPhoto: { src: string; srcset: string; alt: string; credit: string | null } | null;
  readingTime: string;
  updated: string | null;
  body: string[];
  comments: string;
  alsoInSection: { title: string; slug: string }[];
  filInfo: { title: string; publishedAt: string | null }[];
  frontPage: string[];
}

export async function articlePage(baseUrl: string, slug: string): Promise<ArticlePage> {
  const api = createClient<paths>({ baseUrl });
  const [article, comments, related, feed, front] = await Promise.all([
    api.GET("/api/articles/{slug}", { params: { path: { slug } } }),
    api.GET("/api/articles/{slug}/comments", { params: { path: { slug } } }),
    api.GET("/api/articles/{slug}/related", { params: { path: { slug } } }),
    api.GET("/api/feed", { params: { query: { scope: "all", limit: 10 } } }),
    api.GET("/api/front-page"),
  ]);
  if (!article.data) {
    throw new Error(`No article ${slug}: ${article.error?.title ?? article.response.status}`);
  }
  const a: Article = article.data;
  const count = comments.data?.items.length ?? 0;
  return {
    breadcrumb: a.breadcrumb.map((crumb) => crumb.name).join(" > "),
    kicker: a.kicker,
    headline: a.title,
    standfirst: a.lead,
    leadPhoto:
      a.leadImage === null
        ? null
        : {
            src: a.leadImage.src,
            srcset: a.leadImage.srcset["16:9"]?.webp ?? "",
            alt: a.leadImage.alt ?? "",
            credit: a.leadImage.credit,
          },
    readingTime: `Temps de lecture: ${a.readingTimeMinutes} min`,
    updated: a.displayUpdatedAt === null ? null : `Mis à jour le ${a.displayUpdatedAt}`,
    body: a.body.map(render),
    comments: `${a.commentCount} Commentaire${a.commentCount > 1 ? "s" : ""} (${count} affichés)`,
    alsoInSection: (related.data ?? []).map((item) => ({ title: item.title, slug: item.slug })),
    filInfo: (feed.data?.items ?? []).map((item) => ({ title: item.title, publishedAt: item.publishedAt })),
    frontPage: (front.data?.items ?? []).map((item) => item.title),
  };
}

/** Each kind of block, told apart by its `type` (a discriminated union in the generated types). */
function render(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return block.text;
    case "heading":
      return `${"#".repeat(block.level)} ${block.text}`;
    case "quote":
      return `« ${block.text} »${block.attribution ? ` — ${block.attribution}` : ""}`;
    case "list":
      return block.items.map((item) => `- ${item}`).join("\n");
    case "image":
      // A photo of the library comes with its renditions; an image elsewhere with its address.
      return `[${block.alt}](${block.photo?.src ?? block.src})`;
    case "embed":
      return `<${block.url}>`;
    case "related":
      return `À lire aussi : ${block.title ?? block.slug}`;
  }
}
