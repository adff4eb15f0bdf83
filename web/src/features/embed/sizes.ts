/**
 * The embed's sizes (`?size=`): two fixed boxes, as a site builder's "Embed a site" box is
 * sized, and the responsive default, which fills whatever width it is given.
 */
export const EMBED_SIZES = ['320x400', '600x400'] as const;

export type EmbedSize = (typeof EMBED_SIZES)[number];

/** The size a `?size=` value names; null (the responsive embed) when it is absent. Throws on any other value. */
export function embedSizeOf(value: string | null | undefined): EmbedSize | null {
  if (value === null || value === undefined || value === '') return null;
  const size = EMBED_SIZES.find((candidate) => candidate === value);
  if (!size) throw new RangeError(`size must be ${EMBED_SIZES.join(' or ')}, or left out for the responsive embed`);
  return size;
}

/** Width and height in pixels of a fixed size. */
export function embedDimensions(size: EmbedSize): { width: number; height: number } {
  const [width, height] = size.split('x').map(Number);
  return { width, height };
}
