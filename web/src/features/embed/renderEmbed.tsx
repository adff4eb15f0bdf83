/**
 * The embeds (`/embed/<org>/<plan>` and `/embed/<org>/<plan>/<ref>`) as whole HTML documents,
 * rendered on the server from the app's own components and labels with their styles inline: no
 * script, no file, font or image to fetch. Exported by the server entry (ssr/entry-server.tsx);
 * the api sends them with their own headers (api/src/web/embed-pages.ts).
 */
import { ApolloClient, HttpLink } from '@apollo/client';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createCache } from '../../apollo/client';
import { isNotFound } from '../../apollo/errors';
import badgesCss from '../../ui/badges.css?inline';
import distributionCss from '../../ui/distribution-bar.css?inline';
import progressCss from '../../ui/progress-bar.css?inline';
import swatchesCss from '../../ui/swatches.css?inline';
import embedCss from './embed.css?inline';
import { EmbedCommitmentView, EmbedPlanView, EmbedProblem } from './EmbedViews';
import { EmbedCommitmentQuery, EmbedPlanQuery } from './graphql/embed';
import { embedSizeOf, type EmbedSize } from './sizes';

export interface EmbedRenderOptions {
  organisationSlug: string;
  planSlug: string;
  /** The commitment's reference, or null for the plan's embed. */
  reference: string | null;
  /** The `?size=` value, or null for the responsive embed. */
  size: string | null;
  /** Sends the embed's GraphQL requests, as an anonymous browser's. */
  fetch: typeof fetch;
  signal?: AbortSignal;
}

export interface RenderedEmbed {
  /** 400 for a size that is not offered; 404 for an unknown or draft plan or commitment. */
  status: 200 | 400 | 404;
  /** The whole document. */
  html: string;
  /** The text of its one `<style>` element, for the Content-Security-Policy's hash. */
  css: string;
}

const COMPONENT_CSS = [badgesCss, swatchesCss, progressCss, distributionCss, embedCss].join('\n');

/** The `share-N` rules (ui/share.css) the markup uses, and no others. */
function shareRules(markup: string): string {
  const shares = new Set([...markup.matchAll(/\bshare-(\d{1,3})\b/g)].map((match) => match[1]));
  return [...shares].map((share) => `.share-${share}{--share:${share}}`).join('');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function documentOf(
  tokensCss: string,
  status: RenderedEmbed['status'],
  title: string,
  body: ReactElement,
): RenderedEmbed {
  const markup = renderToStaticMarkup(body);
  const css = `${tokensCss}\n${COMPONENT_CSS}\n${shareRules(markup)}`;
  const html = [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="strict-origin-when-cross-origin">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    `<body>${markup}</body>`,
    '</html>',
  ].join('\n');
  return { status, html, css };
}

const notFound = (tokensCss: string, what: string): RenderedEmbed =>
  documentOf(
    tokensCss,
    404,
    'Not found',
    <EmbedProblem title="Not found" text={`There is no published ${what} at this address.`} />,
  );

/** Runs one query of the embed; null when the API says its plan or commitment does not exist for an anonymous reader. */
async function read<T>(run: () => Promise<{ data?: T | undefined }>): Promise<T | null> {
  try {
    return (await run()).data ?? null;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/**
 * The embed for a plan or one of its commitments, as an anonymous reader may see it: a draft or
 * an unknown address is "not found" (404). Throws when the data cannot be read. `tokensCss` is
 * the app's design tokens and base styles (app/styles/, which the server entry passes in:
 * features never import the shell).
 */
export async function renderEmbed(tokensCss: string, options: EmbedRenderOptions): Promise<RenderedEmbed> {
  let size: EmbedSize | null;
  try {
    size = embedSizeOf(options.size);
  } catch (error) {
    return documentOf(
      tokensCss,
      400,
      'Unknown size',
      <EmbedProblem title="Unknown size" text={(error as Error).message} />,
    );
  }
  const client = new ApolloClient({
    ssrMode: true,
    link: new HttpLink({ uri: '/graphql', fetch: options.fetch, fetchOptions: { signal: options.signal } }),
    cache: createCache(),
  });
  try {
    if (options.reference === null) {
      const data = await read(() =>
        client.query({ query: EmbedPlanQuery, variables: { slug: options.planSlug }, fetchPolicy: 'no-cache' }),
      );
      const plan = data?.plan;
      if (!plan || plan.organisation.slug !== options.organisationSlug) return notFound(tokensCss, 'plan');
      return documentOf(
        tokensCss,
        200,
        `${plan.title} – ${plan.organisation.name}`,
        <EmbedPlanView plan={plan} size={size} />,
      );
    }
    const data = await read(() =>
      client.query({
        query: EmbedCommitmentQuery,
        variables: { slug: options.planSlug, reference: options.reference! },
        fetchPolicy: 'no-cache',
      }),
    );
    const plan = data?.plan;
    const commitment = plan?.commitment;
    if (!plan || !commitment || plan.organisation.slug !== options.organisationSlug)
      return notFound(tokensCss, 'commitment');
    return documentOf(
      tokensCss,
      200,
      `${commitment.reference}: ${commitment.title} – ${plan.title}`,
      <EmbedCommitmentView plan={plan} commitment={commitment} size={size} />,
    );
  } finally {
    client.stop();
  }
}
