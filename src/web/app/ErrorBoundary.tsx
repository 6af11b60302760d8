import { Component, type ErrorInfo, type ReactNode } from 'react';

/** A page that fails to render says so, and the rest of the app (navigation) keeps working. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('attune page failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="notice error" role="alert">
        <p className="notice-title">This page could not be shown.</p>
        <p>{this.state.error.message}</p>
        <p>Your data is safe on the server. Reload the page, or choose another page from the navigation.</p>
      </div>
    );
  }
}
