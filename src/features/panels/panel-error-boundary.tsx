import { Component, type ReactNode } from 'react';
import { PanelError } from './panel-states';

interface Props {
  children: ReactNode;
  /** Changing this clears a caught error, e.g. when the filters change. */
  resetKey: string;
}

interface State {
  error: unknown;
  resetKey: string;
}

/** Keeps a panel that fails to render from taking the page with it. */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    if (this.state.error) {
      return <PanelError error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
