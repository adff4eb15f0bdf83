import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { inActEnvironment } from '../test/actEnvironment';
import { LazyMarkdown } from './LazyMarkdown';

/** Renders a block once, so that the lazy renderer is asked for, and waits for it to be here. */
async function rendererHere(): Promise<void> {
  renderToString(<LazyMarkdown>{'*x*'}</LazyMarkdown>);
  await import('./Markdown');
  await new Promise((resolve) => setTimeout(resolve));
}

describe('LazyMarkdown', () => {
  inActEnvironment();

  it('shows the words as plain text until the renderer is here, then renders them', async () => {
    // What the server's first pass gives before the renderer has loaded: the plain words.
    expect(renderToString(<LazyMarkdown>{'Delivered **as agreed**.'}</LazyMarkdown>)).toContain(
      '<p>Delivered as agreed.</p>',
    );
    await rendererHere();
    expect(renderToString(<LazyMarkdown>{'Delivered **as agreed**.'}</LazyMarkdown>)).toContain(
      '<strong>as agreed</strong>',
    );
  });

  it('takes over the markup the server rendered as it is, and renders in the browser once its text changes', async () => {
    await rendererHere();
    const source = 'Delivered **as agreed**.';
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(<LazyMarkdown>{source}</LazyMarkdown>);
    expect(container.querySelector('strong')?.textContent).toBe('as agreed');
    // What the browser holds is kept, not made again from the text: a change to it survives hydrating.
    container.querySelector('strong')!.textContent = 'as the server sent it';
    const root = await act(async () => hydrateRoot(container, <LazyMarkdown>{source}</LazyMarkdown>));
    expect(container.querySelector('strong')?.textContent).toBe('as the server sent it');

    await act(async () => root.render(<LazyMarkdown>{'Now **late**.'}</LazyMarkdown>));
    expect(container.querySelector('strong')?.textContent).toBe('late');
    expect(container.querySelectorAll('.markdown')).toHaveLength(1);
    act(() => root.unmount());
    container.remove();
  });
});
