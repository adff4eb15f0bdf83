import { EMBED_SIZES, embedDimensions, type EmbedSize } from './sizes';

/** What is embedded or shared: a plan, or one of its commitments. */
export interface EmbedSubject {
  organisationSlug: string;
  planSlug: string;
  /** The commitment's reference; absent for the plan. */
  reference?: string;
  /** What it is called, for the frame's title and the badge's alternative text. */
  title: string;
}

/** A copy-paste snippet: what it is for and its text. */
export interface Snippet {
  id: string;
  label: string;
  hint: string;
  text: string;
}

const segment = (value: string) => encodeURIComponent(value);

function subjectPath(subject: EmbedSubject): string {
  const plan = `${segment(subject.organisationSlug)}/${segment(subject.planSlug)}`;
  return subject.reference ? `${plan}/${segment(subject.reference)}` : plan;
}

/** The embed's address on `origin`: `/embed/<org>/<plan>[/<ref>]`, with `?size=` for a fixed size. */
export function embedUrl(origin: string, subject: EmbedSubject, size: EmbedSize | null): string {
  return `${origin}/embed/${subjectPath(subject)}${size ? `?size=${size}` : ''}`;
}

/** The badge's address: `/badge/<org>/<plan>.svg` or `/badge/<org>/<plan>/<ref>.svg`. */
export function badgeUrl(origin: string, subject: EmbedSubject): string {
  return `${origin}/badge/${subjectPath(subject)}.svg`;
}

/** The page on the tracker: the plan's dashboard or the commitment's page. */
export function pageUrl(origin: string, subject: EmbedSubject): string {
  const plan = `${origin}/${segment(subject.organisationSlug)}/${segment(subject.planSlug)}`;
  return subject.reference ? `${plan}/commitments/${segment(subject.reference)}` : plan;
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const markdownText = (value: string) => value.replace(/([\\[\]])/g, '\\$1');

/** The height the responsive embed is given: it fills the width of the page it is put in. */
export const RESPONSIVE_HEIGHT = 440;

/** The iframe for a size: fixed in pixels, or the page's full width. */
export function iframeSnippet(origin: string, subject: EmbedSubject, size: EmbedSize | null): string {
  const { width, height } = size ? embedDimensions(size) : { width: '100%', height: RESPONSIVE_HEIGHT };
  return (
    `<iframe src="${attribute(embedUrl(origin, subject, size))}" title="${attribute(subject.title)}" ` +
    `width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}

/** Every snippet offered: an iframe for each size, the embed's address, the badge as HTML and Markdown, the page's link. */
export function snippetsFor(origin: string, subject: EmbedSubject): Snippet[] {
  const page = pageUrl(origin, subject);
  const badge = badgeUrl(origin, subject);
  const alt = `${subject.title}: progress on the Action Plan Tracker`;
  return [
    ...EMBED_SIZES.map((size) => {
      const { width, height } = embedDimensions(size);
      return {
        id: `iframe-${size}`,
        label: `Embed, ${width} × ${height}`,
        hint: 'A fixed box: HTML for WordPress’s Custom HTML block, Wix’s “Embed code” or any page.',
        text: iframeSnippet(origin, subject, size),
      };
    }),
    {
      id: 'iframe-responsive',
      label: 'Embed, full width',
      hint: 'Fills the width of the column it is put in.',
      text: iframeSnippet(origin, subject, null),
    },
    {
      id: 'embed-address',
      label: 'Embed address',
      hint: 'For Wix’s “Embed a site”, which asks for an address only; add ?size=320x400 or ?size=600x400 for a fixed box.',
      text: embedUrl(origin, subject, null),
    },
    {
      id: 'badge-html',
      label: 'Badge, HTML',
      hint: 'A small image that links here.',
      text: `<a href="${attribute(page)}"><img src="${attribute(badge)}" alt="${attribute(alt)}"></a>`,
    },
    {
      id: 'badge-markdown',
      label: 'Badge, Markdown',
      hint: 'For a README, a forum post or anything written in Markdown.',
      text: `[![${markdownText(alt)}](${badge})](${page})`,
    },
    { id: 'link', label: 'Link to this page', hint: 'To share in a post, an email or a newsletter.', text: page },
  ];
}
