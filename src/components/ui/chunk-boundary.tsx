/**
 * Around a part of the page that loads as a chunk of its own: if the chunk cannot be fetched (the
 * network went away), that part says so and offers a reload, and the rest of the page keeps working.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  message: string;
  reload: string;
  children: ReactNode;
}

export class ChunkBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice notice--error" role="alert" data-testid="chunk-error">
        <p>{this.props.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {this.props.reload}
        </button>
      </div>
    );
  }
}
