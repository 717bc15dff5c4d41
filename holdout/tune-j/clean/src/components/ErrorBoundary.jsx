import { Component } from 'react';

export default class ErrorBoundary extends Component {
  constructor(props) {
    super(props);
    this.state = { error: null };
  }

  static getDerivedStateFromError(error) {
    return { error };
  }

  componentDidCatch() {
    /* reported by Sentry's React integration already; nothing to do here */
  }

  render() {
    const { error } = this.state;
    const { fallback, children } = this.props;
    if (error) {
      return fallback ? fallback(error, () => this.setState({ error: null })) : <p role="alert">Something went wrong.</p>;
    }
    return children;
  }
}
