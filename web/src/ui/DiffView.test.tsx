import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiffView } from './DiffView';

describe('DiffView', () => {
  it('shows a changed date as the old date struck through and the new one marked as added', () => {
    const { container } = render(<DiffView label="Due date" before="2026-03-27" after="2026-09-23" kind="date" />);

    screen.getByText('Due date changed');
    expect(container.querySelector('del')?.textContent).toBe('[removed: 27 March 2026]');
    expect(container.querySelector('ins')?.textContent).toBe('[added: 23 September 2026]');
    // Screen readers are told which is which; sighted readers see strike-through and underline.
    expect(container.textContent).toBe('Due date changedfrom [removed: 27 March 2026] to [added: 23 September 2026]');
  });

  it('shows changed text word by word, keeping what stayed', () => {
    const { container } = render(
      <DiffView
        label="Success criteria"
        before="Four consecutive quarterly reports published on time."
        after="Four consecutive quarterly reports published within six weeks."
        kind="text"
      />,
    );

    screen.getByText('Success criteria changed');
    expect([...container.querySelectorAll('del')].map((element) => element.textContent)).toEqual([
      '[removed: on time.]',
    ]);
    expect([...container.querySelectorAll('ins')].map((element) => element.textContent)).toEqual([
      '[added: within six weeks.]',
    ]);
    expect(container.querySelector('.diff__text')?.textContent).toContain(
      'Four consecutive quarterly reports published ',
    );
  });

  it('says when a field was first set or cleared', () => {
    const { unmount } = render(<DiffView label="Owner" before={null} after="Governance and Legal Unit" kind="text" />);
    screen.getByText('Owner added');
    unmount();

    const { container } = render(<DiffView label="Due date" before="2026-03-27" after={null} kind="date" />);
    expect(container.querySelector('ins')?.textContent).toBe('[added: (empty)]');
  });
});
