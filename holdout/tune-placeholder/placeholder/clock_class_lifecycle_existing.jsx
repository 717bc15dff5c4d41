import React from 'react';

export default class Clock extends React.Component {
  constructor(props) {
    super(props);
    this.state = { now: new Date() };
  }

  componentDidMount() {
    /* existing code */
  }

  componentWillUnmount() {
    clearInterval(this.timerId);
  }

  tick() {
    this.setState({ now: new Date() });
  }

  render() {
    const { timeZone = 'UTC', label } = this.props;
    return (
      <div className="clock">
        {label && <span className="clock-label">{label}</span>}
        <time dateTime={this.state.now.toISOString()}>
          {this.state.now.toLocaleTimeString('en-GB', { timeZone })}
        </time>
      </div>
    );
  }
}
