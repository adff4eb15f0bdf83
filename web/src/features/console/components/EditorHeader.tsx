import type { ReactNode } from 'react';
import { Link } from '../../../router';
import { consolePath } from '../../../routes/paths';
import { Breadcrumbs, type Crumb } from '../../../ui/Breadcrumbs';

export interface EditorHeaderProps {
  /** What and whose, e.g. "Labour Muslim Network · Report". */
  eyebrow: string;
  title: ReactNode;
  /** The pages between the console and this one. */
  trail?: readonly Crumb[];
  /** The current page's name in the breadcrumb. */
  current: string;
  /** The public page of the item, and what to call it. */
  publicPath: string;
  publicLabel: string;
  children?: ReactNode;
}

/** The top of an editor: where it sits in the console, what it edits, and its public page. */
export function EditorHeader({
  eyebrow,
  title,
  trail = [],
  current,
  publicPath,
  publicLabel,
  children,
}: EditorHeaderProps) {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Console', to: consolePath() }, ...trail]} current={current} />
      <header className="page-header editor-header">
        <p className="page-header__eyebrow">{eyebrow}</p>
        <h1>{title}</h1>
        {children}
        <p className="editor-header__public">
          <Link to={publicPath}>{publicLabel}</Link>
        </p>
      </header>
    </>
  );
}
