import { Component, type ErrorInfo, type ReactNode } from 'react';
import { pageTitle } from '../lib/useDocumentTitle';
import { homePath } from '../routes/paths';

export const ERROR_TITLE = 'Something went wrong';

interface ErrorBoundaryState {
  failed: boolean;
}

/**
 * A page that throws while rendering (or whose code cannot be downloaded) shows this instead
 * of a blank screen; the header, skip link and footer stay. Details go to the console, never
 * to the reader. Give it a `key` per page so that navigating away clears the failure.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
    document.title = pageTitle(ERROR_TITLE);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="page-intro" role="alert">
        <h1>{ERROR_TITLE}</h1>
        <p>This page could not be shown. Reload it to try again; if that does not help, come back later.</p>
        <p>
          <a href={homePath()}>See all organisations and their action plans</a>
        </p>
      </div>
    );
  }
}
